namespace Transformation.Surveys.Cycles;

/// <summary>A cycle's answering window: open until <see cref="ClosesAt"/>, unless HR closed it early.</summary>
public sealed record SurveyCycle(string CycleId, DateTimeOffset ClosesAt, DateTimeOffset? ClosedAt, string QuestionnaireVersion)
{
    public bool IsOpenAt(DateTimeOffset now) => ClosedAt is null && now < ClosesAt;
}
