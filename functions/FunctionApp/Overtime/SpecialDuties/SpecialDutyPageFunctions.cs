using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Requests;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.Overtime.SpecialDuties;

/// <summary>HR's pages for 特例業務: the year's list, and each record with its analysis.</summary>
public sealed class SpecialDutyPageFunctions(SpecialDutyStore store, SpecialDutyAnalysis analysis, OvertimeClock clock, PageRequests pages)
{
    [Function("OvertimeSpecialDutyListPage")]
    [QueryParameter("year", "The fiscal year (its April's calendar year); this fiscal year when absent.")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: the fiscal year's overtime approved beyond a cap as special duty, each with its analysis due date.")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "overtime/special-duty")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = await pages.OpenAsync(request, cancellationToken);
        var current = FiscalYear.Of(clock.Today).StartYear;
        var year = int.TryParse(request.Query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 2019 && y <= current
            ? y : current;
        var records = await store.ListAsync(year, cancellationToken);
        var years = Enumerable.Range(2019, current - 2018).Reverse().ToList();
        return page.Render<SpecialDutyListPage>(SpecialDutyTexts.Title, new SpecialDutyListView(year, records, years));
    }

    [Function("OvertimeSpecialDutyRecordPage")]
    [QueryParameter("done", "Shows that the analysis was just recorded.")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: one special duty (day, person, hours, reason, approver) with the form for HR's analysis of why.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "overtime/special-duty/{year}/{key}")] HttpRequest request,
        string year,
        string key,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        if (SpecialDutyAnalysis.Year(year) is not { } y || await analysis.FindAsync(y, key, cancellationToken) is not { } record)
        {
            return page.NotFound();
        }

        var form = FormState.Of(new Dictionary<string, string?> { [SpecialDutyAnalysis.Field] = record.Analysis });
        var notice = request.Query["done"] == "recorded" ? SpecialDutyTexts.Recorded : null;
        return page.Render<SpecialDutyRecordPage>(SpecialDutyTexts.Title, new SpecialDutyRecordView(page.Csrf, record, form, notice));
    }

    [Function("OvertimeSpecialDutyAnalysisPage")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: records the analysis of one special duty (CSRF-checked); a 400 page with the reason, the text kept.")]
    public async Task<IActionResult> Record(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "overtime/special-duty/{year}/{key}")] HttpRequest request,
        string year,
        string key,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        if (SpecialDutyAnalysis.Year(year) is not { } y)
        {
            return post.Page.NotFound();
        }

        var (found, errors) = await analysis.RecordAsync(y, key, post.Field(SpecialDutyAnalysis.Field), post.Page.SignedIn.StaffId,
            cancellationToken);
        if (!found || await analysis.FindAsync(y, key, cancellationToken) is not { } record)
        {
            return post.Page.NotFound();
        }

        return errors.Count == 0
            ? post.Page.SeeOther($"/overtime/special-duty/{y}/{Uri.EscapeDataString(key)}?done=recorded")
            : post.Page.Render<SpecialDutyRecordPage>(SpecialDutyTexts.Title,
                new SpecialDutyRecordView(post.Page.Csrf, record, FormState.FromPost(post.Form, errors), null), StatusCodes.Status400BadRequest);
    }
}
