namespace Transformation.Surveys.Plans;

/// <summary>HR's overview: the deadline and where every division's plan stands.</summary>
public sealed record PlanStatusList(string CycleId, DateTimeOffset Deadline, IReadOnlyList<PlanStatusRow> Divisions);
