namespace Transformation.Surveys.Workflow;

/// <summary>HR's extension (with the new deadline) or early close, raised on the answer phase.</summary>
public sealed record CycleSignal(CycleSignalKind Kind, DateTime? ClosesAtUtc)
{
    public const string EventName = "SurveyCycleSignal";
}
