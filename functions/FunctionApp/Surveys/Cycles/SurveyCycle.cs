using Transformation.Surveys.Participation;

namespace Transformation.Surveys.Cycles;

/// <summary>
/// A cycle's answering window: open until <see cref="ClosesAt"/>, unless HR closed it early. <see cref="Partitions"/>
/// is how many partitions its invitations use, fixed when it opened (null for a cycle opened before the count was
/// stored: <see cref="SurveyTokens.LegacyPartitions"/>, and its roster chunks in staff-id order).
/// </summary>
public sealed record SurveyCycle(
    string CycleId, DateTimeOffset ClosesAt, DateTimeOffset? ClosedAt, string QuestionnaireVersion, int? Partitions = null, DateTimeOffset? SealedAt = null)
{
    public bool IsOpenAt(DateTimeOffset now) => ClosedAt is null && now < ClosesAt;

    public int InvitationPartitions => Partitions ?? SurveyTokens.LegacyPartitions;
}
