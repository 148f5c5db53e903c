namespace Transformation.Surveys.Plans;

/// <summary>One targeted item a year on, with its statement: outcome is met, not-met or not-available.</summary>
public sealed record EffectRowView(string ItemId, string Statement, double? Baseline, double Target, double? Next, double? Change,
    EffectOutcome Outcome);
