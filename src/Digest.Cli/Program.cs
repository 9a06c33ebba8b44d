using System.CommandLine;
using System.Runtime.InteropServices;
using Digest.Cli.Commands;

// Ctrl+C and SIGTERM cancel the running command, which then stops cleanly: an Azurite it started is stopped too.
using var shutdown = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

try
{
    return await DigestCommandLine.Create().Parse(args)
        .InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, shutdown.Token);
}
catch (FormatException e)
{
    // A setting that cannot be read is the operator's to fix: one line naming it, not a stack trace.
    await Console.Error.WriteLineAsync($"digest: {e.Message}");
    return 2;
}

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    shutdown.Cancel();
}
