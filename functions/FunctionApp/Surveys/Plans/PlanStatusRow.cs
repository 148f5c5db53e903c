namespace Transformation.Surveys.Plans;

/// <summary>One division in HR's overview of plans.</summary>
public sealed record PlanStatusRow(
    string DivisionCode,
    string DivisionName,
    string BureauCode,
    string BureauName,
    string? HeadName,
    bool ResultsShown,
    PlanStanding Standing,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? UpdatedAt);
