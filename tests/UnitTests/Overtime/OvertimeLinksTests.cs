using Transformation.Overtime.Caps;
using Transformation.Overtime.Decisions;
using Transformation.Overtime.Requests;

namespace Transformation.Tests.Overtime;

/// <summary>An approval link names its person and day; the link's pages read them back.</summary>
public sealed class OvertimeLinksTests
{
    [Fact]
    public void A_day_s_link_resource_gives_back_its_person_and_day()
    {
        var day = new OvertimeDay("1010004", new DateOnly(2026, 11, 30), 1, OvertimeState.Pending, "資料作成", new TimeOnly(19, 0), 90,
            "1010003", Designation.Ordinary, [], DateTimeOffset.UnixEpoch, 0);

        Assert.Equal(("1010004", new DateOnly(2026, 11, 30)), OvertimeLinks.Parse(day.LinkResource));
    }

    [Theory]
    [InlineData("caresheet:0123456789abcdef")]
    [InlineData("overtime:1010004")]
    [InlineData("overtime::2026-11-30")]
    [InlineData("overtime:1010004:2026-13-01")]
    public void Anything_else_names_no_day(string resourceId)
    {
        Assert.Null(OvertimeLinks.Parse(resourceId));
    }
}
