namespace Transformation.Surveys.Cycles;

/// <summary>
/// A cycle's answering window: open until <see cref="ClosesAt"/>, unless HR closed it early. <see cref="Partitions"/>
/// is how many partitions its invitations use, fixed when it opened.
/// </summary>
public sealed record SurveyCycle(
    string CycleId, DateTimeOffset ClosesAt, DateTimeOffset? ClosedAt, string QuestionnaireVersion, int Partitions, DateTimeOffset? SealedAt = null)
{
    public bool IsOpenAt(DateTimeOffset now) => ClosedAt is null && now < ClosesAt;
}
