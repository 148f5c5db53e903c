namespace Transformation.CareSheets.Workflow;

/// <summary>
/// An approved sheet's life: when its owner is asked to review it, when it ends, and the milestone reviews
/// (a child reaching a milestone age) in between, sorted; none for a caregiving sheet.
/// </summary>
public sealed record ActivePeriod(DateTime ReviewAtUtc, DateTime EndAtUtc, IReadOnlyList<MilestoneReview> Milestones);
