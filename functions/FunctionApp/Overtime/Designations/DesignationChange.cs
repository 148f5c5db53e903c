namespace Transformation.Overtime.Designations;

/// <summary>
/// From <paramref name="EffectiveFrom"/> on, <paramref name="DivisionCode"/> is designated <paramref name="Kind"/>, until its next
/// change. Who set it and when are kept with it: a cap depends on it, so HR must be able to say who decided.
/// </summary>
public sealed record DesignationChange(string DivisionCode, DateOnly EffectiveFrom, DesignationKind Kind, string SetBy, DateTimeOffset SetAt)
{
    /// <summary>The designation on <paramref name="day"/> by a division's changes: the latest in force, or ordinary before any.</summary>
    public static DesignationKind On(IEnumerable<DesignationChange> changes, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return changes.Where(c => c.EffectiveFrom <= day).MaxBy(c => c.EffectiveFrom)?.Kind ?? DesignationKind.Ordinary;
    }
}
