namespace Transformation.Surveys.Plans;

/// <summary>The n-th reminder of a cycle's plans (the number keeps each reminder's mails apart).</summary>
public sealed record ReminderRun(string CycleId, int Number);
