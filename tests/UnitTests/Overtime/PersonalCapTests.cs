using Transformation.CareSheets.Sheets;
using Transformation.Overtime.Caps;
using static Transformation.Tests.Overtime.CapExamples;

namespace Transformation.Tests.Overtime;

/// <summary>A childcare or caregiving sheet's overtime limit (hours a month) acts as a personal cap while the sheet runs.</summary>
public sealed class PersonalCapTests
{
    private static CareSheetContent Sheet(int? overtimeLimitHours) => new(
        CareSheetKind.Childcare, [2024], null, null, null, false, null, overtimeLimitHours, [], null,
        new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31), null);

    private static readonly PersonalCap Twenty = PersonalCap.FromSheet(Sheet(20))!;

    [Fact]
    public void A_month_over_the_sheet_limit_breaches_the_personal_cap()
    {
        // Sheet limit 20 h a month. April: 15 h + 6 h = 21 h > 20, though within the rule's 45.
        var result = Assess(Hours(Designation.Ordinary, 15m), Ordinary, Day(4), 6m, personalCaps: Twenty);

        Assert.Equal(CapStatus.Breach, result.Figure(CapKind.Personal).Status);
        Assert.Equal(CapStatus.Within, result.Figure(CapKind.OrdinaryMonth).Status);
    }

    [Fact]
    public void A_month_reaching_the_sheet_limit_is_within_the_personal_cap()
    {
        // 15 h + 5 h = 20 h, at most 20.
        var result = Assess(Hours(Designation.Ordinary, 15m), Ordinary, Day(4), 5m, personalCaps: Twenty);

        Assert.NotEqual(CapStatus.Breach, result.Figure(CapKind.Personal).Status);
        Assert.Equal(CapApproval.Allowed, result.Approval);
    }

    [Fact]
    public void Special_duty_does_not_lift_a_personal_cap()
    {
        // 21 h > 20: the exception for special duty covers the rule's caps, not the person's own sheet.
        var result = Assess(Hours(Designation.Ordinary, 15m), Ordinary, Day(4), 6m, personalCaps: Twenty);

        Assert.Equal(CapApproval.RefusedByPersonalCap, result.Approval);
        Assert.False(result.CanApprove(SpecialDuty.Create("災害対応", out _)));
    }

    [Fact]
    public void A_sheet_without_an_overtime_limit_sets_no_personal_cap()
    {
        Assert.Null(PersonalCap.FromSheet(Sheet(null)));
    }

    [Fact]
    public void A_sheet_limit_holds_only_within_the_sheet_period()
    {
        // The sheet runs 1 May to 31 May; a request on 10 June is not held to its 20 h.
        var may = new PersonalCap(20m, Day(5, 1), Day(5, 31));

        var result = Assess(Hours(Designation.Ordinary, 0m, 0m, 15m), Ordinary, Day(6), 6m, personalCaps: may);

        Assert.DoesNotContain(result.Limits, l => l.Kind == CapKind.Personal);
    }

    [Fact]
    public void With_two_sheets_the_lower_limit_holds()
    {
        // A childcare sheet of 20 h and a caregiving sheet of 10 h, both in force: 10 h holds.
        var ten = new PersonalCap(10m, Day(4, 1), Day(3, 31));

        var result = Assess(FiscalYearTotals.Empty(Fy2026), Ordinary, Day(4), 1m, personalCaps: [Twenty, ten]);

        Assert.Equal(10m, result.Figure(CapKind.Personal).Limit);
    }
}
