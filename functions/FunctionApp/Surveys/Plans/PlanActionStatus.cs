namespace Transformation.Surveys.Plans;

/// <summary>Where one action of a plan stands. JSON: not-started, in-progress, done, on-hold, cancelled.</summary>
public enum PlanActionStatus
{
    NotStarted,
    InProgress,
    Done,
    OnHold,
    Cancelled,
}
