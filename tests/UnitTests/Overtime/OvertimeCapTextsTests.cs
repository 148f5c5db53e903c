using Transformation.Overtime.Caps;
using static Transformation.Tests.Overtime.CapExamples;

namespace Transformation.Tests.Overtime;

/// <summary>How a cap reads on the request and decision pages, in both languages.</summary>
public sealed class OvertimeCapTextsTests
{
    [Fact]
    public void An_average_names_its_months()
    {
        // September 70 h, October 80 h + 10 h = 90 h: the window September-October averages 80.
        var result = Assess(Hours(Designation.OtherDirected, 0m, 0m, 0m, 0m, 0m, 70m, 80m), OtherDirected, Day(10), 10m);

        var name = OvertimeCapTexts.Name(result.Figure(CapKind.Average));

        Assert.Equal("2か月平均（2026年9月〜2026年10月、月80時間以下）", name.Ja);
        Assert.Equal("2-month average (Sep 2026 to Oct 2026, at most 80 h a month)", name.En);
    }

    [Fact]
    public void A_total_just_over_a_cap_never_reads_as_equal_to_it()
    {
        // 3 months of 80 h + 1 minute: 240.0167 h / 3 = 80.0056 h a month, shown rounded up as 80.01.
        var figure = new CapFigure(CapKind.Average, 80.0056m, 80m, CapStatus.Breach, new MonthSpan(Day(8, 1), Day(10, 1)));

        Assert.Equal("80.01 h of 80 h", OvertimeCapTexts.Figures(figure).En);
    }

    [Fact]
    public void A_warning_states_the_share_set()
    {
        var figure = new CapFigure(CapKind.OrdinaryMonth, 36m, 45m, CapStatus.Warning);

        Assert.Equal("上限の80%以上", OvertimeCapTexts.Status(figure, CapPolicy.Default).Ja);
    }
}
