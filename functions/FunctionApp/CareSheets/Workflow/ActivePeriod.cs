namespace Transformation.CareSheets.Workflow;

/// <summary>An approved sheet's life: when its owner is asked to review it, and when it ends.</summary>
public sealed record ActivePeriod(DateTime ReviewAtUtc, DateTime EndAtUtc);
