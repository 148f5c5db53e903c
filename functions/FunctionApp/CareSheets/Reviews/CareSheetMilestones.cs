using Transformation.CareSheets.Sheets;

namespace Transformation.CareSheets.Reviews;

/// <summary>
/// The milestone reviews of an approved sheet: for each child's birth year and each milestone age, the
/// milestone day and time in the year the child reaches that age (Japan time), kept when after now and before
/// the period's end. Reviews on the same instant are one review naming every age reached then.
/// </summary>
public static class CareSheetMilestones
{
    public static IReadOnlyList<MilestoneReview> Compute(
        CareSheetKind kind, IEnumerable<int> childBirthYears, IEnumerable<int> ages, MilestoneTime at, TimeZoneInfo zone, DateTimeOffset now,
        DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(childBirthYears);
        ArgumentNullException.ThrowIfNull(ages);
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(zone);
        if (kind != CareSheetKind.Childcare)
        {
            return [];
        }

        var ageList = ages.Distinct().ToList();
        return childBirthYears
            .SelectMany(born => ageList.Select(age => (Year: born + age, Age: age)))
            .Where(m => m.Year is >= 1 and <= 9998)
            .Select(m => (At: at.In(m.Year, zone), m.Age))
            .Where(m => m.At > now && m.At < end)
            .GroupBy(m => m.At.UtcDateTime)
            .OrderBy(g => g.Key)
            .Select(g => new MilestoneReview(DateTime.SpecifyKind(g.Key, DateTimeKind.Utc), g.Select(m => m.Age).Distinct().Order().ToList()))
            .ToList();
    }
}
