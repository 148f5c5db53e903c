namespace Transformation.Surveys.Plans;

/// <summary>The effect of a plan as the API answers it, the note in the caller's language.</summary>
public sealed record EffectView(string CycleId, string NextCycleId, string DivisionCode, bool NextShown, string? Note,
    IReadOnlyList<EffectRowView> Items);
