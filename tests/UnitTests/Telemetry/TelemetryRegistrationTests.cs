using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Transformation.Platform.Telemetry;

namespace Transformation.Tests.Telemetry;

/// <summary>Telemetry is exported only where Application Insights is configured.</summary>
public sealed class TelemetryRegistrationTests
{
    [Fact]
    public void Without_a_connection_string_nothing_is_exported()
    {
        using var services = Build(null);

        Assert.Null(services.GetService<TracerProvider>());
    }

    [Fact]
    public void With_a_connection_string_traces_are_exported()
    {
        using var services = Build("InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1/");

        Assert.NotNull(services.GetService<TracerProvider>());
    }

    private static ServiceProvider Build(string? connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [TelemetryRegistration.ConnectionStringSetting] = connectionString })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddAzureTelemetry(configuration);
        return services.BuildServiceProvider();
    }
}
