namespace Transformation.Surveys.Workflow;

/// <summary>How the answer window ended: at the deadline or closed early by HR, and how many reminder rounds went out.</summary>
public sealed record AnswerOutcome(bool ClosedEarly, DateTime ClosesAtUtc, int Reminders, int Reminded);
