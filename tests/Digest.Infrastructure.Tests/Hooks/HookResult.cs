namespace Digest.Infrastructure.Tests.Hooks;

/// <summary>How a hook run ended, what it printed, and the Azure CLI calls it made.</summary>
public sealed record HookResult(int ExitCode, string Output, string Error, IReadOnlyList<AzCall> Calls)
{
    public IEnumerable<AzCall> CallsTo(params string[] command) => Calls.Where(call => call.Is(command));

    public override string ToString() =>
        $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}\naz calls:\n{string.Join("\n", Calls.Select(call => string.Join(" ", call.Arguments)))}";
}
