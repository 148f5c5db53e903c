namespace Transformation.Surveys.Plans;

/// <summary>A division's plan as the API answers it; <see cref="ETag"/> goes back in If-Match to change it.</summary>
public sealed record PlanView(
    string CycleId,
    string DivisionCode,
    string DivisionName,
    string BureauCode,
    string HeadStaffId,
    bool ResultsShown,
    PlanStanding Standing,
    DateTimeOffset Deadline,
    DateTimeOffset? SubmittedAt,
    string? SubmittedBy,
    DateTimeOffset? UpdatedAt,
    string? ETag,
    IReadOnlyList<PlanTargetView> Targets,
    IReadOnlyList<PlanActionView> Actions,
    IReadOnlyList<ProgressReport> Progress);
