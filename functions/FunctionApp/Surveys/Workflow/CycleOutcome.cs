namespace Transformation.Surveys.Workflow;

/// <summary>The output of a finished cycle orchestration (phases 1–7).</summary>
public sealed record CycleOutcome(string CycleId, string SnapshotId, int Invited, AnswerOutcome Answer, AggregateSummary Results, int ResultsMailed);
