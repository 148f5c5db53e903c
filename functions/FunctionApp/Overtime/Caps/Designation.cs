namespace Transformation.Overtime.Caps;

/// <summary>
/// Which of the rule's two kinds of division a person works in on a day (人事院規則15-14 第16条の2の2第1項).
/// A division is ordinary unless the ministry designates it; the designation has effective dates.
/// </summary>
public enum Designation
{
    /// <summary>自律部署: every division not designated (第1号).</summary>
    Ordinary,

    /// <summary>他律部署: a division designated as one where other-directed work weighs heavily (第2号).</summary>
    OtherDirected,
}

/// <summary>From <paramref name="EffectiveFrom"/> on, the designation is <paramref name="Designation"/>.</summary>
public sealed record DesignationChange(DateOnly EffectiveFrom, Designation Designation);

/// <summary>
/// A designation over time: a division's as HR keeps it, or a person's (the designation of the division they are in
/// on each day, so a move and a redesignation of their division look the same: the rule speaks of the division a
/// person works in "becoming" ordinary). Before the first change, and with no changes, it is ordinary.
/// </summary>
public sealed record DesignationTimeline
{
    private readonly DesignationChange[] changes;

    public DesignationTimeline(IEnumerable<DesignationChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        this.changes = [.. changes.OrderBy(c => c.EffectiveFrom)];
        if (this.changes.Zip(this.changes.Skip(1)).Any(pair => pair.First.EffectiveFrom == pair.Second.EffectiveFrom))
        {
            throw new ArgumentException("Two designations take effect on the same day.", nameof(changes));
        }
    }

    public IReadOnlyList<DesignationChange> Changes => changes;

    public static DesignationTimeline Always(Designation designation) =>
        new([new DesignationChange(DateOnly.MinValue, designation)]);

    public Designation On(DateOnly day) =>
        changes.LastOrDefault(c => c.EffectiveFrom <= day)?.Designation ?? Designation.Ordinary;

    /// <summary>
    /// The last day, after the first day of <paramref name="day"/>'s fiscal year and not after <paramref name="day"/>,
    /// on which the designation became ordinary after a day under the other-directed rule; null when there is none.
    /// A change on 1 April is not one: the person worked no day of that year in an other-directed division.
    /// </summary>
    public DateOnly? LastLeftOtherDirected(DateOnly day)
    {
        var year = FiscalYear.Of(day);
        return changes
            .Where(c => c.EffectiveFrom > year.FirstDay && c.EffectiveFrom <= day && c.Designation == Designation.Ordinary
                && On(c.EffectiveFrom.AddDays(-1)) == Designation.OtherDirected)
            .Select(c => (DateOnly?)c.EffectiveFrom)
            .LastOrDefault();
    }

    public bool Equals(DesignationTimeline? other) => other is not null && changes.SequenceEqual(other.changes);

    public override int GetHashCode() => changes.Aggregate(0, HashCode.Combine);
}
