using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Digest.Functions.Tests;

/// <summary>Where the Functions app's build output and sources are, as this test project was built against them.</summary>
internal static class FunctionsApp
{
    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public static string ProjectDirectory => Path.Combine(RepositoryRoot, "src", "Digest.Functions");

    /// <summary>The <c>functions.metadata</c> the worker SDK generated when the app was built, copied beside the tests.</summary>
    public static JsonArray GeneratedFunctionMetadata() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "FunctionsApp", "functions.metadata")))!.AsArray();

    /// <summary>The <c>Values</c> of the app's sample local settings, as Core Tools would set them.</summary>
    public static Dictionary<string, string?> SampleSettings()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(ProjectDirectory, "local.settings.sample.json")));
        return sample.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => (string?)p.Value.GetString());
    }

    private static string Metadata(string key) =>
        typeof(FunctionsApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
