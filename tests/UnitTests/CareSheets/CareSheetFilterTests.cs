using Transformation.CareSheets.HrConsole;
using Transformation.CareSheets.Sheets;

namespace Transformation.Tests.CareSheets;

/// <summary>HR's sheet filter, as the API and HR's list page both read it from the address.</summary>
public sealed class CareSheetFilterTests
{
    [Fact]
    public void No_values_list_every_sheet()
    {
        var filter = CareSheetFilter.Parse("", "", out var error);

        Assert.Null(error);
        Assert.Equal(CareSheetFilter.All, filter);
        Assert.False(filter!.Narrows);
    }

    [Theory]
    [InlineData("withdrawn", CareSheetState.Withdrawn)]
    [InlineData("Approved", CareSheetState.Approved)]
    public void A_state_is_taken_by_its_name_in_any_case(string value, CareSheetState expected)
    {
        var filter = CareSheetFilter.Parse(value, "", out var error);

        Assert.Null(error);
        Assert.Equal(expected, filter!.State);
        Assert.True(filter.Narrows);
    }

    [Theory]
    [InlineData("lost")]
    [InlineData("2")]
    public void A_state_that_is_not_a_name_is_refused_on_the_state_field(string value)
    {
        var filter = CareSheetFilter.Parse(value, "B1", out var error);

        Assert.Null(filter);
        Assert.Equal(CareSheetFilter.StateField, error!.Field);
    }

    [Fact]
    public void A_bureau_alone_narrows_the_list_to_it()
    {
        var filter = CareSheetFilter.Parse("", "B2", out _);

        Assert.Equal(new CareSheetFilter(null, "B2"), filter);
        Assert.True(filter!.Narrows);
    }

    [Theory]
    [InlineData(CareSheetState.Pending, "pending")]
    [InlineData(CareSheetState.Withdrawn, "withdrawn")]
    public void A_state_is_written_as_the_filter_takes_it(CareSheetState state, string code) =>
        Assert.Equal(code, CareSheetLabels.Code(state));
}
