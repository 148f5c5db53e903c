namespace Transformation.CareSheets.Workflow;

/// <summary>When to remind and when to escalate (computed from the settings in an activity, so replays see the same instants).</summary>
/// <param name="Open">False when the sheet was no longer pending when the approval started (withdrawn or revised meanwhile).</param>
public sealed record ApprovalPlan(bool Open, DateTime ReminderAtUtc, DateTime EscalateAtUtc);
