using Transformation.Overtime.Caps;
using static Transformation.Tests.Overtime.CapExamples;

namespace Transformation.Tests.Overtime;

/// <summary>特例業務 (第16条の2の2第2項・第3項): a breach of the rule's caps is approvable only as special duty with a reason.</summary>
public sealed class SpecialDutyTests
{
    // April: 40 h + 10 h = 50 h > 45 (ordinary).
    private static readonly CapAssessment Breaching = Assess(Hours(Designation.Ordinary, 40m), Ordinary, Day(4), 10m);

    [Fact]
    public void A_breaching_request_cannot_be_approved_without_special_duty()
    {
        Assert.True(Breaching.NeedsSpecialDuty);
        Assert.False(Breaching.CanApprove(null));
    }

    [Fact]
    public void A_breaching_request_can_be_approved_as_special_duty_with_a_reason()
    {
        var duty = SpecialDuty.Create("台風第10号の被害対応", out _);

        Assert.True(Breaching.CanApprove(duty));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Special_duty_without_a_reason_cannot_be_marked(string? reason)
    {
        var duty = SpecialDuty.Create(reason, out var problem);

        Assert.Null(duty);
        Assert.Equal(SpecialDutyProblem.NoReason, problem);
    }

    [Fact]
    public void A_reason_longer_than_the_limit_is_refused()
    {
        var duty = SpecialDuty.Create(new string('理', SpecialDuty.MaxReasonLength + 1), out var problem);

        Assert.Null(duty);
        Assert.Equal(SpecialDutyProblem.ReasonTooLong, problem);
    }

    [Fact]
    public void A_request_within_every_cap_needs_no_special_duty()
    {
        // April: 40 h + 5 h = 45 h, at most 45.
        var result = Assess(Hours(Designation.Ordinary, 40m), Ordinary, Day(4), 5m);

        Assert.False(result.NeedsSpecialDuty);
        Assert.True(result.CanApprove(null));
    }

    [Fact]
    public void Hr_analyses_special_duty_within_six_months_after_the_fiscal_year()
    {
        // Ordered on 10 February 2027 (fiscal 2026, ending 31 March 2027): six months from 1 April 2027 end on 30 September.
        Assert.Equal(new DateOnly(2027, 9, 30), SpecialDuty.AnalysisDueBy(new DateOnly(2027, 2, 10)));
    }
}
