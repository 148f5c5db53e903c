using Transformation.Overtime.Actuals;

namespace Transformation.Tests.Overtime;

/// <summary>The attendance system's file of overtime actuals, read line by line.</summary>
public sealed class ActualsCsvTests
{
    private static readonly HashSet<string> Staff = ["1010001", "1010002"];
    private static readonly (DateOnly, DateOnly) Dates = (new DateOnly(2019, 4, 1), new DateOnly(2026, 11, 30));

    private static (IReadOnlyList<ActualRow> Rows, IReadOnlyList<(string Field, int? Line)> Errors) Parse(string csv, int maxRows = 100)
    {
        var (rows, errors) = ActualsCsv.Parse(csv, Staff, Dates, maxRows);
        return (rows, [.. errors.Select(e => (e.Field, e.Line))]);
    }

    [Fact]
    public void English_headers_with_decimal_hours_give_minutes()
    {
        var (rows, errors) = Parse("staff_id,date,actual_hours\n1010001,2026-11-02,2.5\n");

        Assert.Empty(errors);
        Assert.Equal(new ActualRow(2, "1010001", new DateOnly(2026, 11, 2), 150), Assert.Single(rows));
    }

    [Fact]
    public void Japanese_headers_with_hours_and_minutes_and_a_slashed_date_are_read()
    {
        var (rows, errors) = Parse("職員番号,氏名,日付,超過勤務時間\n1010002,田中 美穂,2026/11/3,1:45\n");

        Assert.Empty(errors);
        Assert.Equal(new ActualRow(2, "1010002", new DateOnly(2026, 11, 3), 105), Assert.Single(rows));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("0.1", 6)]
    [InlineData("16", 960)]
    [InlineData("16:00", 960)]
    [InlineData("0:05", 5)]
    public void Hours_within_a_day_are_accepted(string hours, int minutes) => Assert.Equal(minutes, ActualsCsv.Minutes(hours));

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("16.5")]
    [InlineData("2:5")]
    [InlineData("2:60")]
    [InlineData("二時間")]
    [InlineData("2,5")]
    public void Other_hours_are_refused(string hours) => Assert.Null(ActualsCsv.Minutes(hours));

    [Fact]
    public void Every_bad_line_is_named_and_no_row_is_given()
    {
        var csv = "staff_id,date,actual_hours\n1010001,2026-11-02,2\n9999999,2026-11-02,2\n1010001,2026-12-01,x\n1010001,2026-11-02,3\n";

        var (rows, errors) = Parse(csv);

        Assert.Equal([("staff_id", 3), ("date", 4), ("actual_hours", 4), ("file", 5)], errors);
        Assert.Single(rows);
    }

    [Fact]
    public void A_date_before_the_caps_began_is_refused()
    {
        var (_, errors) = Parse("staff_id,date,actual_hours\n1010001,2019-03-31,2\n");

        Assert.Equal([("date", 2)], errors);
    }

    [Fact]
    public void A_missing_column_is_named_on_line_1()
    {
        var (_, errors) = Parse("staff_id,date\n1010001,2026-11-02\n");

        Assert.Equal([("actual_hours", 1)], errors);
    }

    [Fact]
    public void A_header_alone_is_an_error()
    {
        var (_, errors) = Parse("staff_id,date,actual_hours\n");

        Assert.Equal([("file", 1)], errors);
    }

    [Fact]
    public void More_rows_than_allowed_stop_the_file()
    {
        var (rows, errors) = Parse("staff_id,date,actual_hours\n1010001,2026-11-02,1\n1010001,2026-11-03,1\n", maxRows: 1);

        Assert.Empty(rows);
        Assert.Equal([("file", 3)], errors);
    }
}
