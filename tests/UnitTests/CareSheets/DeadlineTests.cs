using Transformation.Platform.Scheduling;

namespace Transformation.Tests.CareSheets;

public sealed class DeadlineTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly BusinessCalendar Calendar = new(["12-29", "12-30", "12-31", "01-02", "01-03"]);

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
    public void Business_days_keep_the_time_of_day_in_japan_and_skip_golden_week()
    {
        // Friday 1 May 2026, 15:00 in Tokyo; 4-6 May are holidays: 7 (1), 8 (2), 11 May (3).
        var submitted = new DateTimeOffset(2026, 5, 1, 15, 0, 0, TimeSpan.FromHours(9));
        var due = Deadline.Parse("3 business days").After(submitted, Calendar, Tokyo);
        Assert.Equal(new DateTimeOffset(2026, 5, 11, 15, 0, 0, TimeSpan.FromHours(9)), due);
    }

    [Fact]
    public void The_business_day_is_counted_in_japan_even_when_the_utc_date_is_the_day_before()
    {
        // 08:00 Monday 4 January 2027 in Tokyo is 23:00 Sunday in UTC.
        var submitted = new DateTimeOffset(2027, 1, 3, 23, 0, 0, TimeSpan.Zero);
        var due = Deadline.Parse("1 business day").After(submitted, Calendar, Tokyo);
        Assert.Equal(new DateTimeOffset(2027, 1, 5, 8, 0, 0, TimeSpan.FromHours(9)), due);
    }

    [Fact]
    public void A_span_is_added_as_it_is()
    {
        var start = new DateTimeOffset(2026, 12, 31, 23, 59, 58, TimeSpan.Zero);
        Assert.Equal(start.AddSeconds(4), Deadline.Parse("00:00:04").After(start, Calendar, Tokyo));
    }

    [Fact]
    public void Days_before_an_end_are_counted_back_in_japan_time()
    {
        var end = new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.FromHours(9));
        Assert.Equal(new DateTimeOffset(2027, 3, 2, 0, 0, 0, TimeSpan.FromHours(9)), Deadline.Parse("30 days").Before(end, Tokyo));
    }
}
