using Microsoft.Extensions.Configuration;
using Transformation.Platform.Hosting;
using Transformation.Platform.Scheduling;
using Transformation.Tests.Support;

namespace Transformation.Tests.Scheduling;

public sealed class ScheduleTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    [Fact]
    public void A_schedule_is_read_from_the_workflow_settings_and_runs_in_UTC()
    {
        var configuration = new ConfigurationBuilder().AddWorkflowSettings(RepositoryPaths.Root).Build();

        var schedule = Schedule.Resolve("%LinkCleanupSchedule%", configuration);
        var next = schedule.Next(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero))!.Value;

        // 18:30 UTC is 03:30 the next morning in Tokyo.
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 18, 30, 0, TimeSpan.Zero), next);
        Assert.Equal(new DateTime(2026, 11, 26, 3, 30, 0), TimeZoneInfo.ConvertTime(next, Tokyo).DateTime);
    }

    [Fact]
    public void The_fields_are_read_as_UTC_whatever_the_offset_of_the_instant_asked_about()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Nine"] = "0 0 9 * * *" }).Build();

        var next = Schedule.Resolve("%Nine%", configuration).Next(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.FromHours(9)))!.Value;

        Assert.Equal(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void A_missing_schedule_setting_is_a_clear_error()
    {
        var configuration = new ConfigurationBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => Schedule.Resolve("%NoSuchSchedule%", configuration));

        Assert.Contains("NoSuchSchedule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_schedule_is_a_clear_error()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bad"] = "every night" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => Schedule.Resolve("%Bad%", configuration));

        Assert.Contains("NCRONTAB", error.Message, StringComparison.Ordinal);
    }
}
