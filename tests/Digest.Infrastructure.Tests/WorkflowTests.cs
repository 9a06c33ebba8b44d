using System.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Digest.Infrastructure.Tests;

/// <summary>
/// The GitHub workflow azd runs (<c>.github/workflows/azure-dev.yml</c>): valid against GitHub's workflow schema,
/// signing in by federated credential only, testing before it provisions, and handing every parameter azd reads from
/// its environment to `azd provision`.
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(BicepCli.RepositoryRoot, ".github", "workflows", "azure-dev.yml");

    // azd fills these itself from the signed-in principal and the environment it creates.
    private static readonly string[] SetByAzd = ["AZURE_ENV_NAME", "AZURE_LOCATION", "AZURE_PRINCIPAL_ID"];

    private readonly YamlMappingNode workflow;

    public WorkflowTests()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(WorkflowPath);
        stream.Load(reader);
        workflow = (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [Fact]
    public async Task Is_valid_against_the_github_workflow_schema()
    {
        var validator = Path.Combine(BicepCli.RepositoryRoot, "node_modules", ".bin", "action-validator");
        Assert.True(File.Exists(validator), $"{validator} is missing; run npm ci (./test.sh does).");
        var start = new ProcessStartInfo(validator) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(WorkflowPath);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await output + await error);
    }

    [Fact]
    public void Signs_in_by_federated_credential_without_a_stored_secret()
    {
        var text = File.ReadAllText(WorkflowPath);

        Assert.Equal("write", Scalar(workflow, "permissions", "id-token"));
        Assert.Contains("--federated-credential-provider \"github\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AZURE_CREDENTIALS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("client-secret", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_the_bicep_lint_and_the_tests_before_provisioning()
    {
        var test = Job("test");
        var build = Job("build");

        Assert.Equal("test", Scalar(build, "needs"));
        var testRuns = Runs(test);
        Assert.Contains(testRuns, run => run.Contains("BicepValidationTests", StringComparison.Ordinal));
        Assert.Contains("./test.sh", testRuns);
        var buildRuns = Runs(build);
        var provision = buildRuns.FindIndex(run => run.StartsWith("azd provision", StringComparison.Ordinal));
        var deploy = buildRuns.FindIndex(run => run.StartsWith("azd deploy", StringComparison.Ordinal));
        Assert.True(provision >= 0 && deploy > provision, string.Join("\n", buildRuns));
    }

    [Fact]
    public void Deploys_as_a_service_principal()
    {
        Assert.Equal("ServicePrincipal", Scalar(Job("build"), "env", "AZURE_PRINCIPAL_TYPE"));
    }

    [Fact]
    public void Hands_every_azd_parameter_to_provisioning()
    {
        var parameters = File.ReadAllText(Path.Combine(BicepCli.RepositoryRoot, "infra", "main.parameters.json"));
        var wanted = EnvironmentReference().Matches(parameters).Select(match => match.Groups[1].Value).Distinct().Except(SetByAzd).ToList();
        var build = Job("build");
        var provisionStep = Steps(build).Single(step => Scalar(step, "run")?.StartsWith("azd provision", StringComparison.Ordinal) == true);
        var given = Keys(build, "env").Concat(Keys(provisionStep, "env")).ToHashSet();

        Assert.NotEmpty(wanted);
        Assert.Equal([], wanted.Where(name => !given.Contains(name)).ToArray());
    }

    [Fact]
    public void Passes_the_smtp_password_as_a_secret()
    {
        var build = Job("build");
        var provisionStep = Steps(build).Single(step => Scalar(step, "run")?.StartsWith("azd provision", StringComparison.Ordinal) == true);

        Assert.Equal("${{ secrets.SMTP_PASSWORD }}", Scalar(provisionStep, "env", "SMTP_PASSWORD"));
        Assert.DoesNotContain("SMTP_PASSWORD", Keys(build, "env"));
    }

    [Fact]
    public void Passes_the_webhook_url_as_a_secret()
    {
        var build = Job("build");
        var provisionStep = Steps(build).Single(step => Scalar(step, "run")?.StartsWith("azd provision", StringComparison.Ordinal) == true);

        Assert.Equal("${{ secrets.DIGEST_WEBHOOK_URL }}", Scalar(provisionStep, "env", "DIGEST_WEBHOOK_URL"));
        Assert.DoesNotContain("DIGEST_WEBHOOK_URL", Keys(build, "env"));
    }

    private YamlMappingNode Job(string name) => (YamlMappingNode)((YamlMappingNode)workflow["jobs"])[name];

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>();

    private static List<string> Runs(YamlMappingNode job) => Steps(job).Select(step => Scalar(step, "run")).OfType<string>().Select(run => run.Trim()).ToList();

    private static IEnumerable<string> Keys(YamlMappingNode node, string child) =>
        node.Children.TryGetValue(child, out var value) ? ((YamlMappingNode)value).Children.Keys.Select(key => ((YamlScalarNode)key).Value!) : [];

    private static string? Scalar(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode mapping || !mapping.Children.TryGetValue(key, out var next))
            {
                return null;
            }

            current = next;
        }

        return (current as YamlScalarNode)?.Value;
    }

    [GeneratedRegex(@"\$\{([A-Z0-9_]+)")]
    private static partial Regex EnvironmentReference();
}
