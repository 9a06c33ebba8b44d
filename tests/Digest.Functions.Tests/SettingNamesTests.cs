using System.Reflection;
using Digest.Storage.Settings;

namespace Digest.Functions.Tests;

/// <summary>Every app setting the code reads (named once, in <see cref="SettingNames"/>) is one a user can find and set.</summary>
public sealed class SettingNamesTests
{
    // Read by the local runtime only (Azure delivers blob events), or unsupported on the Flex Consumption plan infra/ deploys.
    private static readonly string[] NotAppSettingsOnFlexConsumption = [SettingNames.ArticleScanIntervalSeconds, SettingNames.ScheduleTimeZone];

    // The storage account reaches the app only as identity-based settings (AzureWebJobsStorage__accountName and friends).
    private static readonly string[] SetAsSectionByInfrastructure = [SettingNames.Storage];

    public static TheoryData<string> AppSettings() =>
        [.. typeof(SettingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Except(NotAppSettingsOnFlexConsumption)];

    [Theory]
    [MemberData(nameof(AppSettings))]
    public void Is_listed_in_the_sample_local_settings(string setting)
    {
        Assert.Contains(setting, FunctionsApp.SampleSettings().Keys);
    }

    [Theory]
    [MemberData(nameof(AppSettings))]
    public void Is_set_by_the_infrastructure(string setting)
    {
        var infra = File.ReadAllText(Path.Combine(FunctionsApp.RepositoryRoot, "infra", "modules", "digest.bicep"));

        Assert.Contains(SetAsSectionByInfrastructure.Contains(setting) ? setting + "__" : setting + ":", infra, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AppSettings))]
    public void Is_documented_in_the_readme(string setting)
    {
        Assert.Contains($"`{setting}`", File.ReadAllText(Path.Combine(FunctionsApp.RepositoryRoot, "README.md")), StringComparison.Ordinal);
    }
}
