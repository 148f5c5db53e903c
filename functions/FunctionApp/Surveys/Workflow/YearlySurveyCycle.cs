using Microsoft.Extensions.Options;
using Transformation.Platform.Scheduling;
using Transformation.Surveys.Cycles;

namespace Transformation.Surveys.Workflow;

/// <summary>The survey cycle as a yearly process: one cycle a year, launched on the day Surveys:Cycle describes.</summary>
public sealed class YearlySurveyCycle(IOptions<SurveyCycleOptions> options) : IYearlyProcess
{
    public string Orchestrator => nameof(SurveyCycleOrchestrator.SurveyCycle);

    public LaunchDayRule LaunchDay => new(options.Value.LaunchMonth, options.Value.LaunchBusinessDay);

    public BusinessCalendar Calendar { get; } = new(options.Value.ClosedDays);

    public string RunId(int year) => SurveyCycleIds.OfYear(year);

    public string InstanceId(string runId) => SurveyCycleIds.Instance(runId);

    public object Input(string runId, DateTime launchedAtUtc, string launchedBy) => new CycleRun(runId, launchedAtUtc, launchedBy);
}
