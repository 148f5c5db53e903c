using Microsoft.Extensions.Options;
using Transformation.Platform.Scheduling;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Workflow;

/// <summary>The Team-Up season as a yearly process: one season a year, opened on the day TeamUp:OpenMonth / OpenBusinessDay describe.</summary>
public sealed class YearlyTeamUpSeason(IOptions<TeamUpOptions> options) : IYearlyProcess
{
    public string Orchestrator => nameof(TeamUpSeasonOrchestrator.TeamUpSeason);

    public LaunchDayRule LaunchDay => new(options.Value.OpenMonth, options.Value.OpenBusinessDay);

    public BusinessCalendar Calendar { get; } = new(options.Value.ClosedDays);

    public string RunId(int year) => SeasonIds.Of(year);

    public string InstanceId(string runId) => SeasonIds.Instance(runId);

    public object Input(string runId, DateTime launchedAtUtc, string launchedBy) => new SeasonRun(runId, launchedAtUtc, launchedBy);
}
