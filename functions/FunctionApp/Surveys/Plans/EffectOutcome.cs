namespace Transformation.Surveys.Plans;

/// <summary>Whether next year's mean reached the target: met, not met, or not available (group suppressed or item unanswered).</summary>
public enum EffectOutcome
{
    Met,
    NotMet,
    NotAvailable,
}
