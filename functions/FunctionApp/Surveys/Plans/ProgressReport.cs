namespace Transformation.Surveys.Plans;

/// <summary>One progress report, kept with its date so the follow-up shows how the plan moved.</summary>
public sealed record ProgressReport(DateTimeOffset ReportedAt, string ReportedBy, IReadOnlyList<ActionProgress> Actions);
