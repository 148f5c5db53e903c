using Transformation.Overtime.Caps;

namespace Transformation.Tests.Overtime;

/// <summary>The caps' year runs from 1 April to 31 March.</summary>
public sealed class FiscalYearTests
{
    [Theory]
    [InlineData(2026, 4, 1, 2026)]
    [InlineData(2027, 3, 31, 2026)]
    [InlineData(2026, 3, 31, 2025)]
    public void A_day_belongs_to_the_fiscal_year_that_began_on_the_last_1_april(int year, int month, int day, int fiscal)
    {
        Assert.Equal(new FiscalYear(fiscal), FiscalYear.Of(new DateOnly(year, month, day)));
    }

    [Fact]
    public void April_is_the_first_month_and_march_the_last()
    {
        var fy = new FiscalYear(2026);

        Assert.Equal((0, 11), (fy.MonthIndex(new DateOnly(2026, 4, 30)), fy.MonthIndex(new DateOnly(2027, 3, 1))));
    }

    [Fact]
    public void Hours_taken_back_cannot_leave_a_month_below_zero()
    {
        // An actual of 2 h replacing an approval of 3 h takes back 1 h; taking back more than was counted is a bug.
        var year = FiscalYearTotals.Empty(new FiscalYear(2026)).Add(new DateOnly(2026, 5, 1), Designation.Ordinary, 3m);

        Assert.Equal(2m, year.Add(new DateOnly(2026, 5, 2), Designation.Ordinary, -1m).Total);
        Assert.Throws<ArgumentOutOfRangeException>(() => year.Add(new DateOnly(2026, 5, 2), Designation.Ordinary, -4m));
    }
}
