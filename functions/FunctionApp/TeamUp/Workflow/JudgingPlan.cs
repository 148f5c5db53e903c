namespace Transformation.TeamUp.Workflow;

/// <summary>Judging as it opened: its deadline, the instants of the judges' reminders, the panel's size.</summary>
public sealed record JudgingPlan(DateTime JudgingDeadlineUtc, IReadOnlyList<DateTime> RemindersUtc, int Judges);
