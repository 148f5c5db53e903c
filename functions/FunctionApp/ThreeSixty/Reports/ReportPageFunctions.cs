using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// The subject's own report (page and Excel) and HR's grade-band page. The report route names no subject: it always
/// opens the caller's own report, so no one (their supervisor, HR) can ask for someone else's.
/// </summary>
public sealed class ReportPageFunctions(
    ReportStore store, RatingQuestionnaireSource questionnaire, IOptions<ThreeSixtyReportOptions> options, PageRequests pages)
{
    [Function("ThreeSixtyReportPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the signed-in subject's own 360 report of a round (charts per category, items with self, shown groups, all others, "
        + "gap, band norm and last year; blind spots, hidden strengths, comments, coaching link); printable. 404 page for anyone with no "
        + "report in that round: only the subject sees it, never their supervisor or HR.")]
    public async Task<IActionResult> Report(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "360/{roundId}/report")] HttpRequest request,
        string roundId, CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var (report, band) = await OwnReportAsync(roundId, page.SignedIn, cancellationToken);
        if (report is null)
        {
            return page.Error(StatusCodes.Status404NotFound, ThreeSixtyReportTexts.NoReportTitle, ThreeSixtyReportTexts.NoReport);
        }

        var view = ReportPageView.Of(report, questionnaire.Current, band, options.Value, page.Language);
        return page.Render<ReportPage>(ThreeSixtyReportTexts.Title.With(report.RoundId), view);
    }

    [Function("ThreeSixtyReportWorkbook")]
    [ProducesResponseType(typeof(byte[]), StatusCodes.Status200OK, ReportWorkbook.ContentType)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("The signed-in subject's own 360 report of a round as an Excel workbook (same figures as the page); 404 for anyone with no "
        + "report in that round.")]
    public async Task<IActionResult> Workbook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "360/{roundId}/report.xlsx")] HttpRequest request,
        string roundId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (report, band) = await OwnReportAsync(roundId, Caller.Required(request), cancellationToken);
        if (report is null)
        {
            return Problems.NotFound(request.HttpContext, ThreeSixtyReportTexts.NoReport);
        }

        var normLabel = band is null ? null : ThreeSixtyReportTexts.Norm.With(band.Name);
        return new FileContentResult(
            ReportWorkbook.Build(report, questionnaire.Current, normLabel, Languages.Of(request)), ReportWorkbook.ContentType)
        {
            FileDownloadName = ReportWorkbook.FileName(report),
        };
    }

    [Function("ThreeSixtyBandsPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: a round's grade-band figures (item and category means of the subjects' \"all others\" means) for each band "
        + "with at least the minimum of subjects; smaller bands are listed as hidden. Never one subject's figures.")]
    public async Task<IActionResult> Bands(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "360/{roundId}/bands")] HttpRequest request,
        string roundId, CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var norms = RoundIds.IsValid(roundId) ? await store.ListNormsAsync(roundId, cancellationToken) : [];
        if (norms.Count == 0)
        {
            return page.Error(StatusCodes.Status404NotFound, ThreeSixtyReportTexts.NoBandsTitle, ThreeSixtyReportTexts.NoBands);
        }

        var settings = options.Value;
        var bands = settings.EffectiveBands()
            .Select(b => (Band: b, Norm: norms.FirstOrDefault(n => n.BandId == b.Id) ?? new BandNorm(b.Id, 0, [], [])))
            .ToList();
        var view = new BandsPageView(roundId, bands, questionnaire.Current, settings.MinNormSubjects);
        return page.Render<BandsPage>(ThreeSixtyReportTexts.BandsTitle.With(roundId), view);
    }

    /// <summary>The caller's own report with its band's norm, or nothing (an unknown round, or no report for them).</summary>
    private async Task<(ThreeSixtyReport? Report, GradeBand? Band)> OwnReportAsync(
        string roundId, Caller caller, CancellationToken cancellationToken)
    {
        if (!RoundIds.IsValid(roundId) || await store.GetAsync(roundId, caller.StaffId, cancellationToken) is not { } report)
        {
            return (null, null);
        }

        var band = report.BandId is null ? null : options.Value.EffectiveBands().FirstOrDefault(b => b.Id == report.BandId);
        var norm = band is null ? null : await store.GetNormAsync(roundId, band.Id, cancellationToken);
        var minimum = options.Value.MinNormSubjects;
        return (report.WithNorm(norm is not null && norm.Shown(minimum) ? norm : null), band);
    }
}
