namespace Transformation.Surveys.Plans;

/// <summary>One targeted item a year on: this cycle's mean, the target, next cycle's mean, the change and the verdict.</summary>
public sealed record EffectRow(string ItemId, double? Baseline, double Target, double? Next, double? Change, EffectOutcome Outcome);
