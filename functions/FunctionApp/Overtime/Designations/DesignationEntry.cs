using Transformation.Overtime.Caps;

namespace Transformation.Overtime.Designations;

/// <summary>
/// A stored change: from <paramref name="EffectiveFrom"/> on, <paramref name="DivisionCode"/> is <paramref name="Designation"/>, until
/// its next change. Who set it and when are kept with it: a cap depends on it, so HR must be able to say who decided.
/// </summary>
public sealed record DesignationEntry(string DivisionCode, DateOnly EffectiveFrom, Designation Designation, string SetBy, DateTimeOffset SetAt)
{
    /// <summary>A division's entries as the cap rules read them.</summary>
    public static DesignationTimeline Timeline(IEnumerable<DesignationEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new DesignationTimeline(entries.Select(e => new DesignationChange(e.EffectiveFrom, e.Designation)));
    }
}
