namespace Transformation.CareSheets.Approval;

/// <summary>A reminder round after escalation: 0 only plans the first round, 1 and on remind (and round 1 tells HR).</summary>
public sealed record EscalatedRound(ApprovalRun Run, int Round);
