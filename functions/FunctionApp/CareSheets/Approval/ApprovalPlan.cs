namespace Transformation.CareSheets.Approval;

/// <summary>
/// When to remind and when to escalate (computed from the settings in an activity, so replays see the same instants), and
/// how often the wait reads the stored sheet again.
/// </summary>
/// <param name="Open">False when the sheet was no longer pending when the approval started.</param>
/// <param name="Decided">
/// The version was already decided when this step ran: the approver decided signed in before the request went out, or a crash
/// ran the step again after its mailed link was used. The decision's notices are still owed.
/// </param>
public sealed record ApprovalPlan(bool Open, DateTime ReminderAtUtc, DateTime EscalateAtUtc, TimeSpan RecheckEvery, bool Decided = false);
