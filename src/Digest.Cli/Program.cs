using System.Runtime.InteropServices;
using Digest.Cli.Commands;

// Ctrl+C and SIGTERM cancel the running command, which then stops cleanly: an Azurite it started is stopped too.
using var shutdown = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

return await DigestCommandLine.InvokeAsync(args, shutdown.Token);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    shutdown.Cancel();
}
