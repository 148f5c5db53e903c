namespace Transformation.Surveys.Plans;

/// <summary>
/// The improvement plan (カイゼン策) of one division for one cycle, as stored. <see cref="ETag"/> is the
/// storage version: a write that names an older one is refused, so two editors never overwrite each other.
/// </summary>
public sealed record ImprovementPlan(
    string CycleId,
    string DivisionCode,
    string BureauCode,
    PlanContent Content,
    DateTimeOffset? SubmittedAt,
    string? SubmittedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    IReadOnlyList<ProgressReport> Progress,
    string ETag)
{
    public bool Submitted => SubmittedAt is not null;
}
