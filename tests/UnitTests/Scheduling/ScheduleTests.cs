using Microsoft.Extensions.Configuration;
using Transformation.Platform.Hosting;
using Transformation.Platform.Scheduling;
using Transformation.Tests.Support;

namespace Transformation.Tests.Scheduling;

public sealed class ScheduleTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    [Fact]
    public void A_schedule_is_read_from_the_workflow_settings_and_runs_in_Japan_time()
    {
        var configuration = new ConfigurationBuilder().AddWorkflowSettings(RepositoryPaths.Root).Build();

        var schedule = Schedule.Resolve("%LinkCleanupSchedule%", configuration, Tokyo);
        var next = schedule.Next(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero))!.Value;

        // 03:30 in Tokyo is 18:30 UTC the day before.
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 18, 30, 0, TimeSpan.Zero), next);
        Assert.Equal(3, TimeZoneInfo.ConvertTime(next, Tokyo).Hour);
    }

    [Fact]
    public void A_missing_schedule_setting_is_a_clear_error()
    {
        var configuration = new ConfigurationBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => Schedule.Resolve("%NoSuchSchedule%", configuration, Tokyo));

        Assert.Contains("NoSuchSchedule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_schedule_is_a_clear_error()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Bad"] = "every night" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => Schedule.Resolve("%Bad%", configuration, Tokyo));

        Assert.Contains("NCRONTAB", error.Message, StringComparison.Ordinal);
    }
}
