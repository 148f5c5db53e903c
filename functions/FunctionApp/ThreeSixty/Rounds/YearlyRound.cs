using Microsoft.Extensions.Options;
using Transformation.Platform.Scheduling;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>
/// The 360 round as a yearly process: one round a year, opened on the day ThreeSixty:Round:LaunchMonth / LaunchBusinessDay
/// describe.
/// </summary>
public sealed class YearlyRound(IOptions<RoundOptions> options) : IYearlyProcess
{
    public string Orchestrator => nameof(RoundOrchestrator.ThreeSixtyRound);

    public LaunchDayRule LaunchDay => new(options.Value.LaunchMonth, options.Value.LaunchBusinessDay);

    public BusinessCalendar Calendar { get; } = new(options.Value.ClosedDays);

    public string RunId(int year) => RoundIds.OfYear(year);

    public string InstanceId(string runId) => RoundIds.Instance(runId);

    public object Input(string runId, DateTime launchedAtUtc, string launchedBy) => new RoundRun(runId, launchedAtUtc, launchedBy);
}
