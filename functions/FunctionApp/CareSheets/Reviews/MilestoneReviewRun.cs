using Transformation.CareSheets.Approval;

namespace Transformation.CareSheets.Reviews;

/// <summary>The input of <see cref="CareSheetReviewActivities.CareSheetAskForMilestoneReview"/>: the sheet version's run and the milestone
/// reached.</summary>
public sealed record MilestoneReviewRun(ApprovalRun Run, MilestoneReview Milestone);
