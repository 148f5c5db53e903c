using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;

namespace Transformation.Overtime.Interviews;

/// <summary>The health office's (and HR's) page of doctor's-interview flags, with a form to record each interview held.</summary>
public sealed class InterviewsPageFunctions(
    InterviewFlags flags, PageRequests pages, JapanTime japan, TimeProvider time, IOptions<OvertimeOptions> options)
{
    private const string Path = "/overtime/interviews";

    [Function("OvertimeInterviewsPage")]
    [QueryParameter("month", "The month shown, like 2026-11; this month in Japan when absent.")]
    [QueryParameter("done", "\"held\" after an interview was recorded, shown as a notice.")]
    [Authorize(Roles = InterviewApiFunctions.Readers)]
    [Description("Page for the health office and HR: a month's doctor's-interview flags (name, division, reason, held or not) with a "
        + "form to record each interview held. No hours, no requests.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "overtime/interviews")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = await pages.OpenAsync(request, cancellationToken);
        var given = request.Query["month"].ToString();
        var month = given.Length == 0 ? InterviewMonths.Of(Today) : InterviewMonths.Parse(given);
        if (month is not { } m)
        {
            return await PageAsync(page, InterviewMonths.Of(Today), StatusCodes.Status400BadRequest, cancellationToken,
                problem: InterviewTexts.MonthInvalid);
        }

        var notice = request.Query["done"].ToString() == "held" ? InterviewTexts.Recorded : null;
        return await PageAsync(page, m, StatusCodes.Status200OK, cancellationToken, notice);
    }

    [Function("OvertimeInterviewHeldPage")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = InterviewApiFunctions.Readers)]
    [Description("Page for the health office and HR: records the day a flagged person's interview was held (CSRF-checked) and ends the "
        + "reminders; a 400 page with the reason, a 404 page when there is no such flag.")]
    public async Task<IActionResult> Held(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "overtime/interviews/{month}/{staffId}/held")] HttpRequest request,
        string month,
        string staffId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var outcome = await flags.RecordHeldAsync(client, month, staffId, post.Field("heldOn"), post.Page.SignedIn.StaffId, cancellationToken);
        if (outcome.IsNotFound)
        {
            return post.Page.NotFound();
        }

        return outcome.Flag is not null
            ? post.Page.SeeOther($"{Path}?month={outcome.Flag.MonthKey}&done=held")
            : await PageAsync(post.Page, InterviewMonths.Parse(month)!.Value, StatusCodes.Status400BadRequest, cancellationToken,
                problem: outcome.Errors[0].Message);
    }

    private DateOnly Today => japan.DateOf(time.GetUtcNow());

    private async Task<IActionResult> PageAsync(PageRequest page, DateOnly month, int status, CancellationToken cancellationToken,
        Text? notice = null, Text? problem = null)
    {
        var o = options.Value;
        var rows = (await flags.ListAsync(month, cancellationToken))
            .OrderBy(f => f.DivisionName, StringComparer.Ordinal).ThenBy(f => f.StaffId, StringComparer.Ordinal)
            .Select(f => new InterviewRowView(f.StaffId, f.Name, f.DivisionName, InterviewTexts.ReasonOf(f.Reason, o),
                f.HeldOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var intro = InterviewTexts.Intro.With(InterviewTexts.Hours(o.InterviewMonthHours), InterviewTexts.Hours(o.InterviewAverageHours));
        var view = new InterviewsPageView(page.Csrf, month, rows, intro, Today, notice, problem);
        return page.Render<InterviewsPage>(InterviewTexts.Title, view, status);
    }
}
