using System.Text.Json;
using System.Text.Json.Nodes;
using Digest.Storage.Settings;

namespace Digest.LocalRuntime.Hosting;

/// <summary>
/// The settings the local runtime shares with the Functions host, read from the same <c>host.json</c> (compiled into this
/// assembly from the repository root) and overridden the same way, by <c>AzureFunctionsJobHost__path__to__setting</c>
/// app settings, so the two hosts cannot disagree.
/// </summary>
/// <param name="PoisonBlobThreshold">Attempts at an article before it is poison (<c>extensions.blobs.poisonBlobThreshold</c>).</param>
/// <param name="MaxDegreeOfParallelism">Articles processed at once (<c>extensions.blobs.maxDegreeOfParallelism</c>).</param>
public sealed record HostJsonSettings(int PoisonBlobThreshold, int MaxDegreeOfParallelism)
{
    private const string OverridePrefix = "AzureFunctionsJobHost__";
    private const string PoisonBlobThresholdPath = "extensions:blobs:poisonBlobThreshold";
    private const string MaxDegreeOfParallelismPath = "extensions:blobs:maxDegreeOfParallelism";

    // The Functions host's own defaults, for a host.json that leaves a setting out.
    private const int HostDefaultPoisonBlobThreshold = 5;
    private static readonly int HostDefaultMaxDegreeOfParallelism = 8 * Environment.ProcessorCount;

    /// <summary>The settings of the <c>host.json</c> this runtime was built with.</summary>
    public static HostJsonSettings Embedded { get; } = Parse(ReadEmbedded());

    public static HostJsonSettings Parse(string json)
    {
        var root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
            ?? throw new InvalidDataException("host.json is empty.");
        return new HostJsonSettings(
            Number(root, PoisonBlobThresholdPath) ?? HostDefaultPoisonBlobThreshold,
            Number(root, MaxDegreeOfParallelismPath) ?? HostDefaultMaxDegreeOfParallelism);
    }

    /// <summary>These settings with any <c>AzureFunctionsJobHost__…</c> app setting applied, as the host applies them.</summary>
    public HostJsonSettings WithOverrides(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return new HostJsonSettings(
            Override(setting, PoisonBlobThresholdPath) ?? PoisonBlobThreshold,
            Override(setting, MaxDegreeOfParallelismPath) ?? MaxDegreeOfParallelism);
    }

    private static int? Number(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split(':'))
        {
            node = node is JsonObject obj
                ? obj.FirstOrDefault(p => string.Equals(p.Key, part, StringComparison.OrdinalIgnoreCase)).Value
                : null;
        }

        return node is null ? null : SettingValue.PositiveWholeNumber(node.ToString(), "host.json " + path.Replace(':', '.'));
    }

    private static int? Override(Func<string, string?> setting, string path)
    {
        var name = OverridePrefix + path.Replace(":", "__", StringComparison.Ordinal);
        var text = setting(name) ?? setting(name.Replace("__", ":", StringComparison.Ordinal));
        return string.IsNullOrWhiteSpace(text) ? null : SettingValue.PositiveWholeNumber(text, name);
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(HostJsonSettings).Assembly.GetManifestResourceStream("host.json")
            ?? throw new InvalidOperationException("host.json is not embedded in Digest.LocalRuntime; rebuild it.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
