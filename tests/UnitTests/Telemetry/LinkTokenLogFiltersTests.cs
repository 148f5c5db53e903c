using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Transformation.Platform.Telemetry;

namespace Transformation.Tests.Telemetry;

/// <summary>The categories that write request addresses stay quiet whatever the logging settings ask for.</summary>
public sealed class LinkTokenLogFiltersTests
{
    private static readonly Dictionary<string, string?> EverythingAtTrace = new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore.Routing.Matching.DfaMatcher"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore.Routing.*"] = "Trace",
        ["Logging:Capture:LogLevel:Default"] = "Trace",
        ["Logging:Capture:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
    };

    [Fact]
    public void Request_start_and_finish_lines_and_their_request_scope_are_off_for_every_provider()
    {
        using var services = Build(EverythingAtTrace);

        var hosting = services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");

        // ASP.NET Core opens the RequestPath scope only when this logger is enabled at Critical.
        Assert.False(hosting.IsEnabled(LogLevel.Critical));
    }

    [Fact]
    public void Routing_writes_warnings_but_not_the_debug_lines_that_quote_the_path()
    {
        using var services = Build(EverythingAtTrace);

        var matcher = services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Routing.Matching.DfaMatcher");

        Assert.False(matcher.IsEnabled(LogLevel.Debug));
        Assert.True(matcher.IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void The_apps_own_categories_keep_the_level_the_settings_give()
    {
        using var services = Build(EverythingAtTrace);

        var own = services.GetRequiredService<ILoggerFactory>().CreateLogger("Transformation.Surveys.Answering.SurveyAnswering");

        Assert.True(own.IsEnabled(LogLevel.Trace));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddProvider(new CaptureProvider()));
        services.AddLinkTokenLogFilters();
        return services.BuildServiceProvider();
    }

    [ProviderAlias("Capture")]
    private sealed class CaptureProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Nothing();

        public void Dispose()
        {
        }

        private sealed class Nothing : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(
                LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
            }
        }
    }
}
