using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;

namespace Transformation.Platform.Telemetry;

public static class TelemetryRegistration
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// OpenTelemetry to Application Insights, only where a connection string is set (Azure). The exporter
    /// authenticates with the app's managed identity (Entra), as the resource has local auth disabled.
    /// It registers its trace and log exporters when the host starts, so after the redaction processors.
    /// </summary>
    public static IServiceCollection AddAzureTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .AddTransformationTelemetry()
            .UseAzureMonitorExporter(o => o.Credential = new DefaultAzureCredential());
        return services;
    }

    /// <summary>
    /// What both hosts export, less the exporter: the worker's own spans, a span per HTTP request, and log
    /// records, with link tokens blanked in all of them. The local host adds its file exporter after this.
    /// </summary>
    public static IOpenTelemetryBuilder AddTransformationTelemetry(this IOpenTelemetryBuilder telemetry)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        telemetry.UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddProcessor(new LinkTokenRedaction()))
            .WithLogging(logging => logging.AddProcessor(new LinkTokenLogRedaction()));
        // As the Azure Monitor exporter sets it: records carry their formatted message, which is what is redacted.
        telemetry.Services.Configure<OpenTelemetryLoggerOptions>(o => o.IncludeFormattedMessage = true);
        return telemetry;
    }
}
