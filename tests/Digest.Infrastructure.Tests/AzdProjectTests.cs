using YamlDotNet.RepresentationModel;

namespace Digest.Infrastructure.Tests;

/// <summary>What azd reads from <c>azure.yaml</c>: each hook in both shells, stopping the command when it fails.</summary>
public sealed class AzdProjectTests
{
    private readonly YamlMappingNode project;

    public AzdProjectTests()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(BicepCli.RepositoryRoot, "azure.yaml"));
        stream.Load(reader);
        project = (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [Theory]
    [InlineData("preprovision", "release-deleted-vault")]
    [InlineData("postdeploy", "subscribe-blob-events")]
    public void Runs_each_hook_in_both_shells_and_stops_when_it_fails(string hookName, string script)
    {
        var hook = (YamlMappingNode)((YamlMappingNode)project["hooks"])[hookName];

        foreach (var (platform, shell, extension) in new[] { ("posix", "sh", ".sh"), ("windows", "pwsh", ".ps1") })
        {
            var entry = (YamlMappingNode)hook[platform];
            var run = ((YamlScalarNode)entry["run"]).Value!;
            Assert.Equal(shell, ((YamlScalarNode)entry["shell"]).Value);
            Assert.Equal($"./infra/hooks/{script}{extension}", run);
            Assert.Equal("false", ((YamlScalarNode)entry["continueOnError"]).Value);
            Assert.True(File.Exists(Path.Combine(BicepCli.RepositoryRoot, run)), run);
        }
    }

    [Fact]
    public void Asks_for_an_azd_that_keeps_secrets_as_key_vault_references()
    {
        Assert.Equal(">= 1.12.0", ((YamlScalarNode)((YamlMappingNode)project["requiredVersions"])["azd"]).Value);
    }
}
