namespace Transformation.Overtime.Caps;

/// <summary>Which set of caps holds a request on a day.</summary>
public enum CapRegimeKind
{
    /// <summary>第1号イ: an ordinary division, and no other-directed division earlier in the fiscal year.</summary>
    Ordinary,

    /// <summary>第2号: an other-directed division on the day.</summary>
    OtherDirected,

    /// <summary>
    /// 第1号ロ, the month in which the division became ordinary (from that day to the month's end, the 特定期間):
    /// the other-directed month, average and long-month caps, and 720 hours a year.
    /// </summary>
    MoveMonth,

    /// <summary>
    /// 第1号ロ, the months after that month to the end of the year: 45 hours a month, 30 hours for each of those
    /// months in total, and 720 hours a year.
    /// </summary>
    AfterMove,
}

/// <summary>The caps that hold a request on a day, and for a person whose division became ordinary, since when.</summary>
public sealed record CapRegime(CapRegimeKind Kind, DateOnly? BecameOrdinaryOn)
{
    /// <summary>The regime of <paramref name="day"/> for a person whose designation over time is <paramref name="timeline"/>.</summary>
    public static CapRegime On(DesignationTimeline timeline, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (timeline.On(day) == Designation.OtherDirected)
        {
            return new CapRegime(CapRegimeKind.OtherDirected, null);
        }

        if (timeline.LastLeftOtherDirected(day) is not { } moved)
        {
            return new CapRegime(CapRegimeKind.Ordinary, null);
        }

        var sameMonth = moved.Year == day.Year && moved.Month == day.Month;
        return new CapRegime(sameMonth ? CapRegimeKind.MoveMonth : CapRegimeKind.AfterMove, moved);
    }
}
