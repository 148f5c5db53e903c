using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Transformation.Platform.Hosting;
using Transformation.Platform.Scheduling;
using Transformation.Surveys.Workflow;
using Transformation.TeamUp;
using Transformation.TeamUp.Workflow;
using Transformation.Tests.Support;

namespace Transformation.Tests.Scheduling;

/// <summary>
/// The launch timers fire at 00:00 UTC, which is 09:00 in Japan on the same date: the "is today the launch day"
/// check takes the day in Japan at the firing instant, so it launches on the configured business day and no other.
/// </summary>
public sealed class LaunchTimerDayTests
{
    private static readonly IConfiguration Workflows = new ConfigurationBuilder().AddWorkflowSettings(RepositoryPaths.Root).Build();
    private static readonly JapanTime Japan = new(Options.Create(new AppOptions()));

    [Theory]
    [InlineData("2026-11-30T12:00:00Z", "2026-12-01", true)] // Tuesday 1 December 2026, the first business day
    [InlineData("2026-11-29T12:00:00Z", "2026-11-30", false)]
    [InlineData("2026-12-01T12:00:00Z", "2026-12-02", false)]
    [InlineData("2024-11-30T12:00:00Z", "2024-12-01", false)] // 1 December 2024 is a Sunday...
    [InlineData("2024-12-01T12:00:00Z", "2024-12-02", true)] // ...so Monday the 2nd
    public void The_survey_launch_timer_launches_on_the_Japan_launch_day(string after, string japanDate, bool launches)
    {
        var fire = NextFiring("SurveyLaunchSchedule", after);
        var options = Workflows.GetSection(SurveyCycleOptions.Section).Get<SurveyCycleOptions>()!;
        var launcher = new YearlyLaunch<YearlySurveyCycle>(
            new YearlySurveyCycle(Options.Create(options)), new FixedClock(fire), Japan, NullLogger<YearlyLaunch<YearlySurveyCycle>>.Instance);

        Assert.Equal(9, Japan.ToLocal(fire).Hour);
        Assert.Equal(DateOnly.Parse(japanDate, System.Globalization.CultureInfo.InvariantCulture), launcher.Today);
        Assert.Equal(launches, launcher.IsLaunchDay(launcher.Today));
    }

    [Theory]
    [InlineData("2026-05-31T12:00:00Z", "2026-06-01", true)] // Monday 1 June 2026
    [InlineData("2026-05-30T12:00:00Z", "2026-05-31", false)]
    [InlineData("2027-06-01T12:00:00Z", "2027-06-02", false)] // Tuesday 1 June 2027 was the day
    public void The_team_up_open_timer_opens_on_the_Japan_opening_day(string after, string japanDate, bool opens)
    {
        var fire = NextFiring("TeamUpOpenSchedule", after);
        var options = Workflows.GetSection(TeamUpOptions.Section).Get<TeamUpOptions>()!;
        var launcher = new YearlyLaunch<YearlyTeamUpSeason>(
            new YearlyTeamUpSeason(Options.Create(options)), new FixedClock(fire), Japan, NullLogger<YearlyLaunch<YearlyTeamUpSeason>>.Instance);

        Assert.Equal(9, Japan.ToLocal(fire).Hour);
        Assert.Equal(DateOnly.Parse(japanDate, System.Globalization.CultureInfo.InvariantCulture), launcher.Today);
        Assert.Equal(opens, launcher.IsLaunchDay(launcher.Today));
    }

    private static DateTimeOffset NextFiring(string setting, string after) =>
        Schedule.Resolve($"%{setting}%", Workflows).Next(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture))!.Value;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
