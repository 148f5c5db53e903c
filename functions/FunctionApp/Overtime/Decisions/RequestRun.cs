namespace Transformation.Overtime.Decisions;

/// <summary>The input of a request's workflow: whose day, which version of the request.</summary>
public sealed record RequestRun(string StaffId, DateOnly Day, int Version);

/// <summary>What the first step found: whether the request still waits, and until when; how often to re-read it.</summary>
public sealed record RequestPlan(bool Waiting, DateTime DecisionDueUtc, TimeSpan RecheckEvery);

/// <summary>How the request ended, and for approved overtime when to ask for the actual end time.</summary>
public sealed record RequestEnd(string State, DateTime? AskActualAtUtc);
