namespace Transformation.CareSheets.Approval;

/// <summary>What a reminder round after escalation found: the sheet settled meanwhile (<see cref="Settled"/>), or when the next round is.</summary>
public sealed record EscalatedStep(SheetSignal? Settled, DateTime NextAtUtc);
