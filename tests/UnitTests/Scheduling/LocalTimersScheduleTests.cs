using Cronos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Transformation.LocalHost.Timers;
using Transformation.Platform.Hosting;
using Transformation.Tests.Support;

namespace Transformation.Tests.Scheduling;

/// <summary>The local host's timers fire at the instants the Functions host on Linux fires them: the fields read as UTC.</summary>
public sealed class LocalTimersScheduleTests
{
    [Fact]
    public void The_local_host_evaluates_every_timer_schedule_in_UTC_whatever_the_programme_time_zone()
    {
        // The programme's own time zone (dates, deadlines) must not leak into the timers.
        var configuration = new ConfigurationBuilder()
            .AddWorkflowSettings(RepositoryPaths.Root)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["App:TimeZone"] = "America/New_York" })
            .Build();
        using var services = new ServiceCollection().BuildServiceProvider();
        using var timers = new LocalTimers(FunctionCatalog.App, configuration, services, TimeProvider.System, NullLogger<LocalTimers>.Instance);
        var schedules = WorkflowSchedulesTests.FileSchedules();

        Assert.NotEmpty(FunctionCatalog.App.Timers);
        foreach (var entry in FunctionCatalog.App.Timers)
        {
            var schedule = timers.ScheduleOf(entry);
            var cron = CronExpression.Parse(schedules[entry.Schedule!.Trim('%')], CronFormat.IncludeSeconds);

            var at = new DateTimeOffset(2026, 3, 8, 6, 59, 59, TimeSpan.Zero);
            for (var i = 0; i < 20; i++)
            {
                var next = schedule.Next(at);
                Assert.Equal(cron.GetNextOccurrence(at, TimeZoneInfo.Utc), next);
                at = next!.Value;
            }
        }
    }

    [Fact]
    public void The_launch_timers_fire_at_nine_in_the_morning_in_Japan_on_the_local_host()
    {
        var configuration = new ConfigurationBuilder().AddWorkflowSettings(RepositoryPaths.Root).Build();
        using var services = new ServiceCollection().BuildServiceProvider();
        using var timers = new LocalTimers(FunctionCatalog.App, configuration, services, TimeProvider.System, NullLogger<LocalTimers>.Instance);
        var japan = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(9));

        foreach (var name in new[] { "SurveyLaunch", "TeamUpOpen" })
        {
            var next = timers.ScheduleOf(FunctionCatalog.App.ByName[name]).Next(japan.AddMinutes(-1));

            Assert.Equal(japan, next);
        }
    }
}
