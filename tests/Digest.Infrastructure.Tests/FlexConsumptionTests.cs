using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Digest.Infrastructure.Tests;

/// <summary>
/// The function app asks for nothing Flex Consumption refuses. Newer regions reject a Flex site that carries a
/// deprecated site property (error 51021, "… for Flex Consumption sites is invalid"); deprecated app settings are
/// ignored or overwritten there, so setting them only pretends to configure something.
/// </summary>
public sealed partial class FlexConsumptionTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    // Source: Azure Functions app settings reference, "Flex Consumption plan deprecations" (site properties and
    // siteConfig properties replaced by functionAppConfig, or not supported at all), and the list Azure Verified
    // Modules' web site module omits for FC1 sites because ARM rejects them with 51021.
    private static readonly string[] UnsupportedSiteProperties = ["containerSize"];

    private static readonly string[] UnsupportedSiteConfigProperties =
    [
        "alwaysOn", "ftpsState", "functionAppScaleLimit", "functionsRuntimeScaleMonitoringEnabled", "javaContainer",
        "javaContainerVersion", "javaVersion", "linuxFxVersion", "netFrameworkVersion", "nodeVersion", "phpVersion",
        "powerShellVersion", "preWarmedInstanceCount", "pythonVersion", "use32BitWorkerProcess", "windowsFxVersion",
    ];

    // Source: the same section's app settings, which functionAppConfig or the platform now own.
    private static readonly string[] DeprecatedAppSettings =
    [
        "ENABLE_ORYX_BUILD", "FUNCTIONS_EXTENSION_VERSION", "FUNCTIONS_MAX_HTTP_CONCURRENCY", "FUNCTIONS_WORKER_PROCESS_COUNT",
        "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_WORKER_RUNTIME_VERSION", "FUNCTIONS_WORKER_DYNAMIC_CONCURRENCY_ENABLED",
        "SCM_DO_BUILD_DURING_DEPLOYMENT", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_CONTENTOVERVNET",
        "WEBSITE_CONTENTSHARE", "WEBSITE_DNS_SERVER", "WEBSITE_MAX_DYNAMIC_APPLICATION_SCALE_OUT", "WEBSITE_NODE_DEFAULT_VERSION",
        "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_SKIP_CONTENTSHARE_VALIDATION", "WEBSITE_TIME_ZONE", "WEBSITE_USE_PLACEHOLDER_DOTNETISOLATED",
        "WEBSITE_VNET_ROUTE_ALL", "WEBSITES_CONTAINER_START_TIME_LIMIT", "TZ",
    ];

    // Source: "Tutorial: Use identity-based connections instead of secrets with triggers and bindings" (Azure
    // Functions) warns against the Azure SDK's EnvironmentCredential variables in an app's settings: they change how
    // every DefaultAzureCredential in the app signs in. The app names its identity through `__clientId` instead.
    private static readonly string[] EnvironmentCredentialSettings =
    [
        "AZURE_CLIENT_ID", "AZURE_TENANT_ID", "AZURE_CLIENT_SECRET", "AZURE_CLIENT_CERTIFICATE_PATH",
        "AZURE_CLIENT_CERTIFICATE_PASSWORD", "AZURE_USERNAME", "AZURE_PASSWORD", "AZURE_FEDERATED_TOKEN_FILE",
    ];

    [Fact]
    public void The_app_is_on_the_flex_consumption_plan()
    {
        Assert.Equal("FlexConsumption", (string?)template.Single("Microsoft.Web/serverfarms")["sku"]!["tier"]);
    }

    [Fact]
    public void Site_sets_no_property_flex_consumption_rejects()
    {
        var properties = template.Single("Microsoft.Web/sites")["properties"]!.AsObject();
        var siteConfig = properties["siteConfig"]?.AsObject() ?? [];

        Assert.Equal([], UnsupportedSiteProperties.Where(properties.ContainsKey).ToArray());
        Assert.Equal([], UnsupportedSiteConfigProperties.Where(siteConfig.ContainsKey).ToArray());
    }

    [Fact]
    public void Site_keeps_its_runtime_and_scale_in_function_app_config()
    {
        var config = template.Single("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!;

        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.NotNull(config["scaleAndConcurrency"]!["maximumInstanceCount"]);
    }

    [Fact]
    public void App_settings_set_none_that_flex_consumption_deprecates()
    {
        var names = AppSettingLiterals();

        Assert.Contains("AzureWebJobsStorage__credential", names);
        Assert.Equal([], DeprecatedAppSettings.Where(names.Contains).ToArray());
    }

    [Fact]
    public void App_settings_set_no_azure_sdk_environment_credential()
    {
        var names = AppSettingLiterals();

        Assert.Contains("AzureWebJobsStorage__clientId", names);
        Assert.Equal([], EnvironmentCredentialSettings.Where(names.Contains).ToArray());
    }

    /// <summary>
    /// Every quoted word in the expressions that build the app settings: the names (and literal values) of every
    /// setting any branch can write. The settings are one ARM expression over the module's variables.
    /// </summary>
    private HashSet<string> AppSettingLiterals()
    {
        var expression = (string)template.Single("Microsoft.Web/sites/config")["properties"]!;
        var variables = template.ModuleVariables.Select(variable => variable.Value).OfType<JsonValue>().Select(value => value.ToString());
        var text = string.Join("\n", variables.Prepend(expression));
        return QuotedWord().Matches(text).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex("'([A-Za-z_][A-Za-z0-9_]*)'")]
    private static partial Regex QuotedWord();
}
