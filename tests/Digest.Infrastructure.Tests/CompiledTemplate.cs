using System.Text.Json.Nodes;

namespace Digest.Infrastructure.Tests;

/// <summary>The ARM JSON that <c>infra/main.bicep</c> compiles to, with its resources flattened out of nested deployments.</summary>
public sealed class CompiledTemplate
{
    public CompiledTemplate()
    {
        var result = BicepCli.Run("build", BicepCli.MainTemplate, "--stdout");
        Assert.True(result.ExitCode == 0, result.Error);
        Text = result.Output;
        Root = JsonNode.Parse(result.Output)!.AsObject();
        Resources = Flatten(Root).ToList();
    }

    public string Text { get; }

    public JsonObject Root { get; }

    public IReadOnlyList<JsonObject> Resources { get; }

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(resource => string.Equals((string?)resource["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject Single(string type) => Assert.Single(OfType(type));

    /// <summary>The variables of the module deployment that declares the Digest resources.</summary>
    public JsonObject ModuleVariables =>
        OfType("Microsoft.Resources/deployments").Select(d => d["properties"]!["template"]!["variables"]!.AsObject()).Single();

    private static IEnumerable<JsonObject> Flatten(JsonObject template)
    {
        foreach (var resource in template["resources"]!.AsArray().Select(node => node!.AsObject()))
        {
            yield return resource;
            if ((string?)resource["type"] == "Microsoft.Resources/deployments")
            {
                foreach (var nested in Flatten(resource["properties"]!["template"]!.AsObject()))
                {
                    yield return nested;
                }
            }
        }
    }
}
