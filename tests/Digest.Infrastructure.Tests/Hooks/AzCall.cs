namespace Digest.Infrastructure.Tests.Hooks;

/// <summary>One call a hook made to the stub Azure CLI, with its arguments exactly as the process received them.</summary>
public sealed record AzCall(IReadOnlyList<string> Arguments)
{
    public bool Is(params string[] command) => Arguments.Take(command.Length).SequenceEqual(command);

    /// <summary>The value after an option, or null when the call has no such option.</summary>
    public string? Option(string name)
    {
        var index = Arguments.ToList().IndexOf(name);
        return index >= 0 && index + 1 < Arguments.Count ? Arguments[index + 1] : null;
    }

    /// <summary>The values after an option up to the next option.</summary>
    public IReadOnlyList<string> Values(string name) =>
        Arguments.SkipWhile(argument => argument != name).Skip(1).TakeWhile(argument => !argument.StartsWith("--", StringComparison.Ordinal)).ToList();
}
