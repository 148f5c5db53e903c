using Transformation.Platform.Scheduling;

namespace Transformation.Tests.CareSheets;

public sealed class DeadlineTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly BusinessCalendar Calendar = new(["12-29", "12-30", "12-31", "01-02", "01-03"]);
    private static readonly TimeOnly SixPm = new(18, 0);

    [Theory]
    [InlineData("3 business days", DeadlineUnit.BusinessDays, 3)]
    [InlineData("1 business day", DeadlineUnit.BusinessDays, 1)]
    [InlineData("3営業日", DeadlineUnit.BusinessDays, 3)]
    [InlineData("30 days", DeadlineUnit.CalendarDays, 30)]
    [InlineData(" 5 Business Days ", DeadlineUnit.BusinessDays, 5)]
    [InlineData("30日", DeadlineUnit.CalendarDays, 30)]
    public void Days_are_read_as_business_or_calendar_days(string text, DeadlineUnit unit, int days)
    {
        var deadline = Deadline.Parse(text);
        Assert.Equal(unit, deadline.Unit);
        Assert.Equal(days, deadline.Days);
    }

    [Theory]
    [InlineData("00:00:04", 4)]
    [InlineData("01:30:00", 5400)]
    [InlineData("2.00:00:00", 172800)]
    public void A_time_span_is_read_as_a_plain_duration(string text, int seconds)
    {
        var deadline = Deadline.Parse(text);
        Assert.Equal(DeadlineUnit.Span, deadline.Unit);
        Assert.Equal(TimeSpan.FromSeconds(seconds), deadline.Span);
    }

    [Theory]
    [InlineData("")]
    [InlineData("three business days")]
    [InlineData("3 weeks")]
    [InlineData("-00:00:04")]
    [InlineData("3 business")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(Deadline.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Deadline.Parse(text));
    }

    [Fact]
    public void Business_days_fall_due_at_the_stated_time_and_skip_golden_week()
    {
        // Friday 1 May 2026, 15:00 in Tokyo; 4-6 May are holidays: 7 (1), 8 (2), 11 May (3).
        var submitted = Jst(2026, 5, 1, 15, 0);
        Assert.Equal(Jst(2026, 5, 11, 18, 0), Deadline.Parse("3 business days").After(submitted, Calendar, Tokyo, SixPm));
    }

    [Fact]
    public void The_business_day_is_counted_in_japan_even_when_the_utc_date_is_the_day_before()
    {
        // 08:00 Monday 4 January 2027 in Tokyo is 23:00 Sunday in UTC.
        var submitted = new DateTimeOffset(2027, 1, 3, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(Jst(2027, 1, 5, 18, 0), Deadline.Parse("1 business day").After(submitted, Calendar, Tokyo, SixPm));
    }

    [Fact]
    public void Calendar_days_fall_due_at_the_stated_time_not_at_the_minute_of_the_start()
    {
        // Launched Tuesday 1 December 2026 at 09:07: 14 days is Tuesday 15 December, at 18:00.
        Assert.Equal(Jst(2026, 12, 15, 18, 0), Deadline.Parse("14 days").After(Jst(2026, 12, 1, 9, 7), Calendar, Tokyo, SixPm));
    }

    [Fact]
    public void Calendar_days_that_reach_a_sunday_fall_due_on_the_monday()
    {
        // Sunday 29 November 2026, 23:53: 14 days is Sunday 13 December; due Monday 14 December, 18:00.
        Assert.Equal(Jst(2026, 12, 14, 18, 0), Deadline.Parse("14 days").After(Jst(2026, 11, 29, 23, 53), Calendar, Tokyo, SixPm));
    }

    [Fact]
    public void Calendar_days_that_reach_the_year_end_closure_fall_due_on_the_first_business_day_after_it()
    {
        // 15 December 2026 + 14 days is 29 December; closed until Sunday 3 January: due Monday 4 January 2027.
        Assert.Equal(Jst(2027, 1, 4, 18, 0), Deadline.Parse("14 days").After(Jst(2026, 12, 15, 10, 0), Calendar, Tokyo, SixPm));
    }

    [Fact]
    public void Calendar_days_that_reach_the_citizens_holiday_fall_due_after_the_silver_week()
    {
        // 8 September 2026 + 14 days is 22 September (国民の休日), then 23 (秋分の日): due Thursday 24 September.
        Assert.Equal(Jst(2026, 9, 24, 18, 0), Deadline.Parse("14 days").After(Jst(2026, 9, 8, 10, 0), Calendar, Tokyo, SixPm));
    }

    [Fact]
    public void The_stated_time_is_the_process_setting()
    {
        var due = Deadline.Parse("1 business day").After(Jst(2026, 12, 1, 9, 0), Calendar, Tokyo, new TimeOnly(17, 15));
        Assert.Equal(Jst(2026, 12, 2, 17, 15), due);
    }

    [Fact]
    public void Zero_days_started_after_the_stated_time_fall_due_on_the_next_business_day()
    {
        // Friday 4 December 2026, 19:00: today's 18:00 has passed; due Monday 7 December, 18:00.
        Assert.Equal(Jst(2026, 12, 7, 18, 0), Deadline.Parse("0 days").After(Jst(2026, 12, 4, 19, 0), Calendar, Tokyo, SixPm));
    }

    [Theory]
    [InlineData("00:00:04", 4)]
    [InlineData("00:01:40", 100)]
    public void A_span_under_a_day_is_added_exactly(string text, int seconds)
    {
        var start = new DateTimeOffset(2026, 12, 31, 23, 59, 58, TimeSpan.Zero);
        Assert.Equal(start.AddSeconds(seconds), Deadline.Parse(text).After(start, Calendar, Tokyo, SixPm));
    }

    [Fact]
    public void Days_before_an_end_are_counted_back_in_japan_time()
    {
        var end = new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.FromHours(9));
        Assert.Equal(new DateTimeOffset(2027, 3, 2, 0, 0, 0, TimeSpan.FromHours(9)), Deadline.Parse("30 days").Before(end, Tokyo));
    }

    [Theory]
    [InlineData("18:00", 18, 0, 0)]
    [InlineData(" 09:30 ", 9, 30, 0)]
    [InlineData("17:15:30", 17, 15, 30)]
    public void A_deadline_time_is_read_as_hours_and_minutes(string text, int hour, int minute, int second) =>
        Assert.Equal(new TimeOnly(hour, minute, second), TimeOfDay.Parse(text));

    [Theory]
    [InlineData("6pm")]
    [InlineData("24:00")]
    [InlineData("18")]
    [InlineData("")]
    [InlineData(null)]
    public void A_deadline_time_that_is_not_a_time_of_day_is_refused(string? text) => Assert.False(TimeOfDay.TryParse(text, out _));

    [Theory]
    [InlineData("0 days", false)]
    [InlineData("0 business days", false)]
    [InlineData("00:00:00", false)]
    [InlineData("", false)]
    [InlineData("soon", false)]
    [InlineData("1 business day", true)]
    [InlineData("00:00:01", true)]
    public void A_period_setting_must_be_longer_than_zero(string text, bool accepted)
    {
        Assert.Equal(accepted, Deadline.IsLongerThanZero(text));
    }

    private static DateTimeOffset Jst(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(9));
}
