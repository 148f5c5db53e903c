namespace Transformation.CareSheets.Workflow;

/// <summary>The input of <see cref="CareSheetActivities.CareSheetAskForMilestoneReview"/>: the sheet version's run and the milestone
/// reached.</summary>
public sealed record MilestoneReviewRun(ApprovalRun Run, MilestoneReview Milestone);
