using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.Requests;
using Transformation.Platform.Http;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.Overtime.Summaries;

/// <summary>
/// The monthly summaries: a division head's page for a division they head in the current roster (HR may open any), and
/// HR's ministry view. Both read one partition of table OvertimeMonthTotals, never the days.
/// </summary>
public sealed class SummaryPageFunctions(
    MonthTotalStore totals, RosterDirectory roster, OvertimeClock clock, OvertimeAudit audit, PageRequests pages,
    IOptions<OvertimeOptions> options)
{
    [Function("OvertimeDivisionSummaryPage")]
    [QueryParameter("month", "The month, yyyy-MM (default: last month).")]
    [QueryParameter("division", "The division code (default: the first division the reader heads).")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.DivisionHead + "," + Roles.HrAdmin)]
    [Description("Page for a division head: the division's overtime of a month against its caps and who is near or over one; "
        + "403 for a division the reader does not head in the current roster (HR may open any).")]
    public async Task<IActionResult> Division(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "overtime/summary")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        if (SummaryMonth.Parse(request.Query["month"], clock.Today) is not { } month)
        {
            return page.Error(StatusCodes.Status400BadRequest, OvertimeSummaryTexts.BadMonthTitle, OvertimeSummaryTexts.BadMonth);
        }

        var caller = page.SignedIn;
        var index = await roster.CurrentSnapshotIdAsync(cancellationToken) is null ? null : await roster.GetIndexAsync(null, cancellationToken);
        var headed = index is null || !caller.IsIn(Roles.DivisionHead) ? [] : HeadedBy(index, caller.StaffId);
        var asked = request.Query["division"].ToString();
        var code = asked.Length > 0 ? asked : headed.Count > 0 ? headed[0].Code : null;
        if (code is null)
        {
            return caller.IsIn(Roles.HrAdmin)
                ? page.SeeOther($"/overtime/summary/ministry?month={SummaryMonth.Format(month)}")
                : page.Error(StatusCodes.Status403Forbidden, OvertimeSummaryTexts.NoDivisionTitle, OvertimeSummaryTexts.NoDivision);
        }

        if (!RouteIds.IsPlausible(code))
        {
            return page.NotFound();
        }

        if (!caller.IsIn(Roles.HrAdmin) && !headed.Any(d => d.Code == code))
        {
            return page.Forbidden();
        }

        var summary = MonthlySummary.ForDivision(month, code, await totals.ReadDivisionAsync(month, code, cancellationToken));
        if (index?.Division(code)?.Division is { } current)
        {
            summary = summary with { DivisionName = current.Name, BureauName = current.BureauName };
        }

        // Each person named on the page is told, through their audit trail, who read their totals.
        var what = "summary " + SummaryMonth.Format(month);
        await Task.WhenAll(summary.NearOrOver.Select(p =>
            audit.WriteAsync(p.StaffId, caller.StaffId, OvertimeAudit.Read, what, "page", cancellationToken)));
        var view = new DivisionSummaryPageView(summary, Names(index, summary.NearOrOver), [.. headed.Where(d => d.Code != code)],
            new Caps.CapPolicy(options.Value.WarningShare).WarningPercent);
        return page.Render<DivisionSummaryPage>(OvertimeSummaryTexts.DivisionTitle.With(OvertimeSummaryTexts.MonthName(month)), view);
    }

    [Function("OvertimeMinistrySummaryPage")]
    [QueryParameter("month", "The month, yyyy-MM (default: last month).")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: the ministry's overtime of a month by bureau and by designation (staff, hours, people near or over "
        + "each cap) and everyone with a month over 45 h this fiscal year, with how many.")]
    public async Task<IActionResult> Ministry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "overtime/summary/ministry")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        if (SummaryMonth.Parse(request.Query["month"], clock.Today) is not { } month)
        {
            return page.Error(StatusCodes.Status400BadRequest, OvertimeSummaryTexts.BadMonthTitle, OvertimeSummaryTexts.BadMonth);
        }

        var summary = MonthlySummary.ForMinistry(month, await totals.ReadMonthAsync(month, cancellationToken));
        var index = await roster.CurrentSnapshotIdAsync(cancellationToken) is null ? null : await roster.GetIndexAsync(null, cancellationToken);
        var view = new MinistrySummaryPageView(summary, Names(index, summary.LongMonths),
            new Caps.CapPolicy(options.Value.WarningShare).WarningPercent);
        return page.Render<MinistrySummaryPage>(OvertimeSummaryTexts.MinistryTitle.With(OvertimeSummaryTexts.MonthName(month)), view);
    }

    /// <summary>The divisions <paramref name="staffId"/> heads in this roster, by code.</summary>
    public static IReadOnlyList<Division> HeadedBy(RosterIndex index, string staffId)
    {
        ArgumentNullException.ThrowIfNull(index);
        return [.. index.Divisions.Where(d => index.Division(d.Code)?.Head.StaffId == staffId)];
    }

    private static Dictionary<string, string> Names(RosterIndex? index, IEnumerable<PersonLine> people) =>
        people.Select(p => index?.Person(p.StaffId)).OfType<Organisation.StaffMember>()
            .DistinctBy(p => p.StaffId).ToDictionary(p => p.StaffId, p => p.Name, StringComparer.Ordinal);
}
