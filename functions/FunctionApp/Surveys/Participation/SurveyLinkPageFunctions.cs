using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Surveys.Cycles;

namespace Transformation.Surveys.Participation;

/// <summary>A person who lost their survey mail asks for their link again, from the home page (the link itself is only mailed).</summary>
public sealed class SurveyLinkPageFunctions(PageRequests pages, SurveyLinkResend resend, SurveyCycles cycles, JapanTime japan, TimeProvider clock)
{
    [Function("SurveyLinkPage")]
    [QueryParameter("done", "The outcome of asking for the link again (sent, or recent when one went out a moment ago).")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: ask for one's own survey answer link again while the cycle is open (it is mailed, never shown).")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{cycleId}/link")] HttpRequest request,
        string cycleId,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var done = request.Query["done"].ToString() switch
        {
            "sent" => LinkResendOutcome.Sent,
            "recent" => LinkResendOutcome.RecentlySent,
            _ => (LinkResendOutcome?)null,
        };
        return await PageAsync(page, cycleId, done, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("SurveyLinkResendPage")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: mails the caller a fresh survey link (the earlier one superseded, the draft kept), at most once in ten minutes "
        + "(CSRF-checked); 409 page when the cycle is not open or nothing of theirs is waiting.")]
    public async Task<IActionResult> Send(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "surveys/{cycleId}/link")] HttpRequest request,
        string cycleId,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var outcome = await resend.ResendAsync(cycleId, post.Page.SignedIn.StaffId, cancellationToken);
        return outcome switch
        {
            // Post, redirect, get: a reload does not ask again.
            LinkResendOutcome.Sent => post.Page.SeeOther($"/surveys/{cycleId}/link?done=sent"),
            LinkResendOutcome.RecentlySent => post.Page.SeeOther($"/surveys/{cycleId}/link?done=recent"),
            _ => await PageAsync(post.Page, cycleId, outcome, StatusCodes.Status409Conflict, cancellationToken),
        };
    }

    private async Task<IActionResult> PageAsync(
        PageRequest page, string cycleId, LinkResendOutcome? done, int status, CancellationToken cancellationToken)
    {
        if (!SurveyCycleIds.IsValid(cycleId) || await cycles.GetAsync(cycleId, cancellationToken) is not { } cycle)
        {
            return page.NotFound();
        }

        var open = cycle.IsOpenAt(clock.GetUtcNow());
        var awaits = open && await resend.AwaitsAnswerAsync(cycle, page.SignedIn.StaffId, cancellationToken);
        var outcome = done switch
        {
            LinkResendOutcome.Sent => SurveyLinkTexts.Sent,
            LinkResendOutcome.RecentlySent => SurveyLinkTexts.RecentlySent.With(
                ((int)SurveyLinkResend.Window.TotalMinutes).ToString(CultureInfo.InvariantCulture)),
            _ when !open => SurveyLinkTexts.NotOpen,
            _ when !awaits => SurveyLinkTexts.NotAwaited,
            _ => null,
        };
        var until = open ? SurveyLinkTexts.Open.With(cycleId, DisplayDates.Both(japan.ToLocal(cycle.ClosesAt))) : null;
        return page.Render<SurveyLinkPage>(SurveyLinkTexts.Title, new SurveyLinkPageView(cycleId, until, awaits, page.Csrf, outcome), status);
    }
}
