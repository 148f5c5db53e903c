namespace Transformation.CareSheets.Approval;

/// <summary>
/// When to remind and when to escalate (computed from the settings in an activity, so replays see the same instants), and
/// how often the wait reads the stored sheet again.
/// </summary>
/// <param name="Open">False when the sheet was no longer pending when the approval started (withdrawn or revised meanwhile).</param>
public sealed record ApprovalPlan(bool Open, DateTime ReminderAtUtc, DateTime EscalateAtUtc, TimeSpan RecheckEvery);
