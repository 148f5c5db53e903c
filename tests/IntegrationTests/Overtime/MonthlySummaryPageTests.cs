using System.Net;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Summaries;
using Transformation.Platform.Storage;

namespace Transformation.Tests.Overtime;

/// <summary>
/// The monthly summaries on the real host, from hours counted through the ledger (October 2026): E11 of D1 worked 50 h in
/// each month from April (seven months over 45 h, in an other-directed division), E12 of D1 40 h in October, E31 of D3
/// 46 h in October.
/// </summary>
public sealed partial class MonthlySummaryPageTests(SummaryHostFixture fixture) : IClassFixture<SummaryHostFixture>, IAsyncLifetime
{
    private const string October = "2026-10";

    public async Task InitializeAsync()
    {
        if ((await fixture.Totals.ReadMonthAsync(SummaryHostFixture.October)).Any(t => t.StaffId == "E11"))
        {
            return;
        }

        await fixture.CountAsync("E11", Designation.OtherDirected, 50, 50, 50, 50, 50, 50, 50);
        await fixture.CountAsync("E12", Designation.Ordinary, 0, 0, 0, 0, 0, 0, 40);
        await fixture.CountAsync("E31", Designation.Ordinary, 0, 0, 0, 0, 0, 0, 46);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_head_sees_their_divisions_totals_and_who_is_near_or_over_a_cap()
    {
        using var head = await fixture.Browser("H1", "division.head");

        using var response = await head.GetAsync($"/overtime/summary?month={October}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-division=\"D1\"", html, StringComparison.Ordinal);
        Assert.Contains("<td data-figure=\"staff\">2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-figure=\"month-hours\">90時間</td>", html, StringComparison.Ordinal);
        Assert.Contains("田中 美穂", Row(html, "E11"), StringComparison.Ordinal);
        Assert.Contains("45時間超は年6か月までを超過", Row(html, "E11"), StringComparison.Ordinal);
        Assert.Contains("月45時間に近い", Row(html, "E12"), StringComparison.Ordinal);
        Assert.DoesNotContain("E31", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_gets_403_on_another_divisions_summary()
    {
        using var head = await fixture.Browser("H1", "division.head");

        using var response = await head.GetAsync($"/overtime/summary?month={October}&division=D3");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("藤田", html, StringComparison.Ordinal);
        Assert.DoesNotContain("E31", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HR_sees_the_ministry_by_bureau_with_the_months_over_45_hours_of_each_person()
    {
        using var hr = await fixture.Browser("HR1", "hr.admin");

        using var response = await hr.GetAsync($"/overtime/summary/ministry?month={October}&lang=en");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<td data-figure=\"long-months\">7</td>", Row(html, "E11"), StringComparison.Ordinal);
        Assert.Contains("<td data-figure=\"long-months\">1</td>", Row(html, "E31"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-staff=\"E12\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"bureau-B2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_cannot_open_the_ministry_view()
    {
        using var head = await fixture.Browser("H1", "division.head");

        using var response = await head.GetAsync($"/overtime/summary/ministry?month={October}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_month_that_is_not_a_month_gets_a_readable_page()
    {
        using var head = await fixture.Browser("H1", "division.head");

        using var response = await head.GetAsync("/overtime/summary?month=先月");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("対象月は 2026-10 のように", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_month_totals_follow_a_change_made_through_the_ledger()
    {
        var day = new DateOnly(2026, 10, 20);
        var first = SummaryHostFixture.Approved("E21", day, Designation.Ordinary, 10 * 60);
        Assert.NotNull(await fixture.Ledger.ChangeAsync(null, first));
        var before = await E21Async();

        var stored = await fixture.Store.GetDayAsync("E21", day);
        Assert.NotNull(await fixture.Ledger.ChangeAsync(stored, first with { Version = 2, EstimatedMinutes = 38 * 60, CountedMinutes = 38 * 60 }));
        var after = await E21Async();

        Assert.Equal(600, before.Standing.MonthMinutes);
        Assert.Equal(38 * 60, after.Standing.MonthMinutes);
        Assert.Equal([CapKind.OrdinaryMonth], after.Standing.Near);
        Assert.Equal(("D2", "B1"), (after.DivisionCode, after.BureauCode));
    }

    [Fact]
    public async Task The_monthly_reconciliation_copies_again_a_month_total_lost_after_its_commit()
    {
        var tables = fixture.Services.GetRequiredService<Tables>();
        var table = await tables.GetAsync(MonthTotalStore.Table);
        await table.DeleteEntityAsync(October, "E31");

        var written = await fixture.Projection.ReconcileAsync(SummaryHostFixture.October, ["E31", "E11", "E12"]);
        var row = (await fixture.Totals.ReadMonthAsync(SummaryHostFixture.October)).Single(t => t.StaffId == "E31");

        Assert.Equal(1, written);
        Assert.Equal(46 * 60, row.Standing.MonthMinutes);
        Assert.Equal([CapKind.OrdinaryMonth], row.Standing.Over);
    }

    private async Task<MonthTotal> E21Async() =>
        (await fixture.Totals.ReadMonthAsync(SummaryHostFixture.October)).Single(t => t.StaffId == "E21");

    private static string Row(string html, string staffId)
    {
        var match = Regex.Match(html, $"<tr data-staff=\"{staffId}\">.*?</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No row for {staffId}.");
        return match.Value;
    }
}
