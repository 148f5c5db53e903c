using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Transformation.Platform.Telemetry;

public static class TelemetryRegistration
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// OpenTelemetry to Application Insights, only where a connection string is set (Azure). The exporter
    /// authenticates with the app's managed identity (Entra), as the resource has local auth disabled.
    /// Link tokens are removed from spans before they leave the process.
    /// </summary>
    public static IServiceCollection AddAzureTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .UseAzureMonitorExporter(o => o.Credential = new DefaultAzureCredential());
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new LinkTokenRedaction()));
        return services;
    }
}
