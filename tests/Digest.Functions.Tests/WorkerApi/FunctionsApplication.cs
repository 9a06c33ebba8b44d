// Stub of Microsoft.Azure.Functions.Worker.Builder and the Application Insights registration extensions.
#pragma warning disable CA1822
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.Azure.Functions.Worker.Builder
{
    /// <summary>Stub: creates the worker's host builder.</summary>
    public static class FunctionsApplication
    {
        public static FunctionsApplicationBuilder CreateBuilder(string[] args) => new(args);
    }

    /// <summary>Stub: the worker's host builder, an <see cref="IHostApplicationBuilder"/>.</summary>
    public sealed class FunctionsApplicationBuilder(string[] args) : IHostApplicationBuilder
    {
        private readonly HostApplicationBuilder _inner = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { Args = args });

        public IDictionary<object, object> Properties => ((IHostApplicationBuilder)_inner).Properties;

        public IConfigurationManager Configuration => _inner.Configuration;

        public IHostEnvironment Environment => _inner.Environment;

        public ILoggingBuilder Logging => _inner.Logging;

        public IMetricsBuilder Metrics => _inner.Metrics;

        public IServiceCollection Services => _inner.Services;

        public void ConfigureContainer<TContainerBuilder>(IServiceProviderFactory<TContainerBuilder> factory, Action<TContainerBuilder>? configure = null)
            where TContainerBuilder : notnull =>
            _inner.ConfigureContainer(factory, configure);

        public IHost Build() => _inner.Build();
    }
}

namespace Microsoft.Azure.Functions.Worker
{
    /// <summary>Stub: Microsoft.Azure.Functions.Worker.ApplicationInsights registration.</summary>
    public static class FunctionsApplicationInsightsExtensions
    {
        public static IServiceCollection ConfigureFunctionsApplicationInsights(this IServiceCollection services) => services;
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Stub: Microsoft.ApplicationInsights.WorkerService registration.</summary>
    public static class ApplicationInsightsExtensions
    {
        public static IServiceCollection AddApplicationInsightsTelemetryWorkerService(this IServiceCollection services) => services;
    }
}
