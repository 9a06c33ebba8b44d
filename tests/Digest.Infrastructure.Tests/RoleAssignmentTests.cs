using System.Text.Json.Nodes;

namespace Digest.Infrastructure.Tests;

/// <summary>
/// ARM checks a role assignment's principalType against the principal (UnmatchedPrincipalType), so a type written as
/// a literal holds only where the principal is known: a managed identity the template creates is a ServicePrincipal.
/// Whoever deploys may be a user (a laptop) or a service principal (a pipeline), so their type comes from azd.
/// </summary>
public sealed class RoleAssignmentTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void Every_principal_type_is_a_parameter_or_a_managed_identity_of_the_template()
    {
        var assignments = template.OfType("Microsoft.Authorization/roleAssignments").ToList();

        Assert.NotEmpty(assignments);
        Assert.All(assignments, assignment =>
        {
            var properties = assignment["properties"]!;
            var principalId = (string)properties["principalId"]!;
            var principalType = (string)properties["principalType"]!;
            var fromParameter = principalType.StartsWith("[parameters(", StringComparison.Ordinal);
            var managedIdentity = principalType == "ServicePrincipal" && IsManagedIdentity(principalId);
            Assert.True(fromParameter || managedIdentity, $"{assignment["name"]}: principalType {principalType} for {principalId}");
        });
    }

    [Fact]
    public void The_deployer_type_comes_from_the_azd_environment()
    {
        var parameters = JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.RepositoryRoot, "infra", "main.parameters.json")))!;

        Assert.StartsWith("${AZURE_PRINCIPAL_TYPE", (string?)parameters["parameters"]!["principalType"]!["value"], StringComparison.Ordinal);
        Assert.Equal("[parameters('principalType')]", (string?)template.OfType("Microsoft.Resources/deployments").Single()
            ["properties"]!["parameters"]!["deployerPrincipalType"]!["value"]);
    }

    private static bool IsManagedIdentity(string principalId) =>
        principalId.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", StringComparison.Ordinal)
        || principalId.EndsWith(".identity.principalId]", StringComparison.Ordinal);
}
