using Transformation.CareSheets.Sheets;

namespace Transformation.CareSheets.Reviews;

/// <summary>
/// An approved sheet's life: when its owner is asked to review it, when it ends, and the milestone reviews
/// (a child reaching a milestone age) in between, sorted; none for a caregiving sheet.
/// </summary>
public sealed record ActivePeriod(DateTime ReviewAtUtc, DateTime EndAtUtc, IReadOnlyList<MilestoneReview> Milestones)
{
    /// <summary>The active period of an approved sheet from <paramref name="now"/>: a review already due is asked at once.</summary>
    public static ActivePeriod Of(CareSheet sheet, CareSheetContent? content, CareSheetOptions options, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(options);
        // The period ends at the close of its last day, Japan time.
        var endLocal = sheet.PeriodTo.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var end = new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal));
        var review = options.Review.Before(end, zone);
        var births = content?.ChildBirthYears ?? [];
        var milestones = CareSheetMilestones.Compute(sheet.Kind, births, options.Milestones, options.MilestoneReview, zone, now, end);
        return new ActivePeriod((review < now ? now : review).UtcDateTime, end.UtcDateTime, milestones);
    }
}
