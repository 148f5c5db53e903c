using System.Net;
using Transformation.Tests.Support.CareSheets;
using Transformation.Tests.Support.Overtime;

namespace Transformation.Tests.Overtime;

/// <summary>An approved childcare sheet's overtime limit holds the person's requests: not even 特例業務 lifts it.</summary>
public sealed class OvertimePersonalCapTests(OvertimeRequestHostFixture fixture) : IClassFixture<OvertimeRequestHostFixture>
{
    private OvertimeHarness Harness => fixture.Harness;

    [Fact]
    public async Task A_request_beyond_the_care_sheet_limit_is_assessed_as_not_approvable()
    {
        await ApprovedSheetAsync("R15", limitHours: 2);

        var (status, json) = await Harness.SubmitAsync("R15", OvertimeHarness.Request(3m));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("refused-by-personal-cap", json.GetProperty("assessment").GetProperty("approval").GetString());
    }

    [Fact]
    public async Task Special_duty_does_not_lift_the_care_sheet_limit()
    {
        await ApprovedSheetAsync("R16", limitHours: 2);
        var day = await Harness.SubmitOkAsync("R16", 3m);

        var (status, _) = await Harness.DecideAsync("S1", "R16", day, approve: true, specialDutyReason: "国会対応のため");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var (_, json) = await Harness.DayAsync("R16", day);
        Assert.Equal("pending", json.GetProperty("day").GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_request_within_the_care_sheet_limit_is_approved()
    {
        await ApprovedSheetAsync("R17", limitHours: 2);
        var day = await Harness.SubmitOkAsync("R17", 1.5m);

        var (status, json) = await Harness.DecideAsync("S1", "R17", day, approve: true);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("approved", json.GetProperty("state").GetString());
    }

    private async Task ApprovedSheetAsync(string owner, int limitHours)
    {
        var sheets = new CareSheetHarness(Harness.Host);
        var body = CareSheetRequests.Childcare(CareSheetRequests.TodayInJapan());
        body["overtimeLimitHours"] = limitHours;
        var id = await sheets.SubmitAsync(owner, body);
        var link = await sheets.WaitForLinkAsync("S1", "承認依頼", id);
        Assert.Equal(HttpStatusCode.OK, (await sheets.DecideByLinkAsync(link, "approve")).Status);
        await sheets.WaitForStateAsync(id, "approved");
    }
}
