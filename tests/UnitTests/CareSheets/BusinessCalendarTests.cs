using Transformation.Platform.Scheduling;

namespace Transformation.Tests.CareSheets;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Ministry = new(["12-29", "12-30", "12-31", "01-02", "01-03"]);
    private static readonly BusinessCalendar HolidaysOnly = new([]);

    [Theory]
    [InlineData("2026-04-29")] // 昭和の日
    [InlineData("2026-05-04")] // みどりの日
    [InlineData("2026-05-05")] // こどもの日
    [InlineData("2026-05-06")] // 振替休日 (憲法記念日 fell on a Sunday)
    [InlineData("2027-01-01")] // 元日
    [InlineData("2027-01-11")] // 成人の日 (second Monday)
    [InlineData("2026-05-02")] // a Saturday
    public void Public_holidays_substitute_holidays_and_weekends_are_not_business_days(string day) =>
        Assert.False(HolidaysOnly.IsBusinessDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Three_business_days_across_golden_week_skip_the_holidays()
    {
        // Tue 28 April 2026: 29 Apr holiday, 30 Apr (1), 1 May (2), 2-6 May weekend and holidays, 7 May (3).
        Assert.Equal(new DateOnly(2026, 5, 7), Ministry.AddBusinessDays(new DateOnly(2026, 4, 28), 3));
    }

    [Fact]
    public void The_year_end_closure_counts_as_closed_only_when_configured()
    {
        var friday = new DateOnly(2026, 12, 25);
        Assert.Equal(new DateOnly(2027, 1, 5), Ministry.AddBusinessDays(friday, 3));
        Assert.Equal(new DateOnly(2026, 12, 30), HolidaysOnly.AddBusinessDays(friday, 3));
    }

    [Fact]
    public void Zero_business_days_is_the_same_day_even_on_a_holiday() =>
        Assert.Equal(new DateOnly(2026, 5, 5), Ministry.AddBusinessDays(new DateOnly(2026, 5, 5), 0));

    [Fact]
    public void Closed_days_must_be_written_as_month_and_day()
    {
        Assert.True(BusinessCalendar.IsMonthDay("12-29"));
        Assert.False(BusinessCalendar.IsMonthDay("29-12"));
        Assert.False(BusinessCalendar.IsMonthDay("12/29"));
        Assert.Throws<FormatException>(() => new BusinessCalendar(["13-01"]));
    }
}
