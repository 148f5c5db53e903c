using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;
using Transformation.LocalHost.Diagnostics;
using Transformation.Platform.Telemetry;

namespace Transformation.LocalHost;

/// <summary>
/// What the local host can write out for someone (or a test) to read afterwards. Both off unless set:
/// LocalHost:LogFile, every log line as a logger writes it, with its scopes; LocalHost:TelemetryFile, the
/// spans and log records the function app's production OpenTelemetry pipeline (<see cref="TelemetryRegistration"/>,
/// same instrumentation, same processors) hands its exporter, one JSON object a line.
/// </summary>
public static class LocalDiagnostics
{
    public static WebApplicationBuilder AddLocalDiagnostics(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Configuration["LocalHost:LogFile"] is { Length: > 0 } logFile)
        {
            builder.Logging.AddProvider(new FileLoggerProvider(logFile));
        }

        if (builder.Configuration["LocalHost:TelemetryFile"] is { Length: > 0 } telemetryFile)
        {
            var file = new TelemetryFile(telemetryFile);
            // Added after the shared pipeline's processors, as the Azure Monitor exporter is in Azure.
            builder.Services.AddOpenTelemetry()
                .AddTransformationTelemetry()
                .WithTracing(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(new SpanFileExporter(file))))
                .WithLogging(logging => logging.AddProcessor(new SimpleLogRecordExportProcessor(new LogFileExporter(file))));
        }

        return builder;
    }
}
