namespace Digest.Infrastructure.Tests.Hooks;

/// <summary>
/// The preprovision hook that frees the Key Vault name a deleted environment still holds, so that `azd up` after
/// `azd down` without `--purge` does not collide with the soft-deleted vault.
/// </summary>
public sealed class ReleaseDeletedVaultHookTests : IDisposable
{
    private const string Vault = "kv-digest-abc";

    private readonly HookRunner runner = new();

    public static TheoryData<string> Hooks => new() { "release-deleted-vault.sh", "release-deleted-vault.ps1" };

    [Theory]
    [MemberData(nameof(Hooks))]
    public void Purges_the_environment_vault_when_it_is_soft_deleted(string hook)
    {
        var result = Run(hook, ("AZURE_KEY_VAULT_NAME", Vault), ("STUB_AZ_DELETED_VAULT", Vault));

        Assert.True(result.ExitCode == 0, result.ToString());
        var purge = Assert.Single(result.CallsTo("keyvault", "purge"));
        Assert.Equal(Vault, purge.Option("--name"));
    }

    [Theory]
    [MemberData(nameof(Hooks))]
    public void Leaves_a_vault_alone_that_is_not_deleted(string hook)
    {
        var result = Run(hook, ("AZURE_KEY_VAULT_NAME", Vault));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.CallsTo("keyvault", "list-deleted"));
        Assert.Empty(result.CallsTo("keyvault", "purge"));
    }

    [Theory]
    [MemberData(nameof(Hooks))]
    public void Does_nothing_on_a_first_provision(string hook)
    {
        var result = Run(hook);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Calls);
    }

    [Theory]
    [MemberData(nameof(Hooks))]
    public void Fails_when_the_deleted_vault_cannot_be_purged(string hook)
    {
        var result = Run(hook, ("AZURE_KEY_VAULT_NAME", Vault), ("STUB_AZ_DELETED_VAULT", Vault), ("STUB_AZ_FAIL", "keyvault purge"));

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains($"az keyvault purge --name {Vault}", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Hooks))]
    public void Fails_when_deleted_vaults_cannot_be_listed(string hook)
    {
        var result = Run(hook, ("AZURE_KEY_VAULT_NAME", Vault), ("STUB_AZ_FAIL", "keyvault list-deleted"));

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Empty(result.CallsTo("keyvault", "purge"));
    }

    public void Dispose() => runner.Dispose();

    private HookResult Run(string hook, params (string Name, string Value)[] environment)
    {
        var values = environment.ToDictionary(pair => pair.Name, pair => pair.Value);
        return hook.EndsWith(".ps1", StringComparison.Ordinal) ? runner.RunPowerShell(hook, values) : runner.RunShell(hook, values);
    }
}
