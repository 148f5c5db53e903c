using Transformation.Organisation;

namespace Transformation.CareSheets.Submission;

/// <summary>
/// The route of a new version, from the current roster snapshot: the employee, their supervisor and that person's supervisor;
/// or why there is none.
/// </summary>
public sealed record ApprovalRoute(string? SnapshotId, StaffMember? Owner, string? First, string? Escalation, SubmissionOutcome? Failure)
{
    public static ApprovalRoute Fail(SubmissionOutcome failure) => new(null, null, null, null, failure);
}
