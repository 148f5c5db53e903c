using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Scheduling;
using Transformation.Platform.Security;

namespace Transformation.Surveys.Workflow;

/// <summary>HR's page for the year's cycle: launch it, see where it stands and how many answered, extend or close it.</summary>
public sealed class SurveyCyclePageFunctions(
    YearlyLaunch<YearlySurveyCycle> launcher, SurveyCycleConsole console, PageRequests pages, JapanTime japan, TimeProvider time)
{
    private const string Path = "/survey-cycles";

    [Function("SurveyCyclePage")]
    [QueryParameter("done", "What was just done (launched, extended or closed), shown as a notice.")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: this year's and last year's survey cycles (stage, deadline, answers so far) with launch, extend and close.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "survey-cycles")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var notice = request.Query["done"].ToString() switch
        {
            "launched" => SurveyCycleTexts.Launched,
            "extended" => SurveyCycleTexts.Extended,
            "closed" => SurveyCycleTexts.Closed,
            _ => null,
        };
        return await PageAsync(page, client, notice, null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("SurveyCycleLaunchPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: launch this year's survey cycle (CSRF-checked); started once, a second press shows the running cycle.")]
    public async Task<IActionResult> Launch(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "survey-cycles")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        await launcher.LaunchAsync(client, launcher.Today.Year, post.Page.SignedIn.StaffId, cancellationToken);
        return post.Page.SeeOther($"{Path}?done=launched");
    }

    [Function("SurveyCycleExtendPage")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: extend an open cycle to a later date and time, Japan time (CSRF-checked); "
        + "400 page when not later, 409 when not open.")]
    public async Task<IActionResult> Extend(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "survey-cycles/{cycleId}/extend")] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        if (LocalInstant.Parse(post.Field("date"), post.Field("time"), japan.Zone) is not { } closesAt || closesAt <= time.GetUtcNow())
        {
            return await PageAsync(post.Page, client, null, SurveyCycleTexts.BadDate, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var signal = new CycleSignal(CycleSignalKind.Extend, closesAt.UtcDateTime);
        return await SignalAsync(post.Page, client, cycleId, signal, "extended", cancellationToken);
    }

    [Function("SurveyCycleClosePage")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: close an open cycle now, after ticking the confirmation (CSRF-checked); 409 page when not open.")]
    public async Task<IActionResult> Close(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "survey-cycles/{cycleId}/close")] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        if (post.Field("confirm") != "yes")
        {
            return await PageAsync(post.Page, client, null, SurveyCycleTexts.ConfirmNeeded, StatusCodes.Status400BadRequest, cancellationToken);
        }

        return await SignalAsync(post.Page, client, cycleId, new CycleSignal(CycleSignalKind.Close, null), "closed", cancellationToken);
    }

    private async Task<IActionResult> SignalAsync(
        PageRequest page, DurableTaskClient client, string cycleId, CycleSignal signal, string done, CancellationToken cancellationToken) =>
        await SurveyCycleConsole.SignalAsync(client, cycleId, signal, cancellationToken) switch
        {
            CycleSignalOutcome.Unknown => page.NotFound(),
            CycleSignalOutcome.NotOpen =>
                await PageAsync(page, client, null, SurveyCycleTexts.NotOpen, StatusCodes.Status409Conflict, cancellationToken),
            // Post, redirect, get: a reload does not post again.
            _ => page.SeeOther($"{Path}?done={done}"),
        };

    private async Task<IActionResult> PageAsync(
        PageRequest page, DurableTaskClient client, Text? notice, Text? problem, int status, CancellationToken cancellationToken)
    {
        var year = launcher.Today.Year;
        var cards = new List<SurveyCycleCard>();
        foreach (var id in new[] { year, year - 1 }.Select(y => y.ToString(CultureInfo.InvariantCulture)))
        {
            if (await console.ViewAsync(client, id, cancellationToken) is { } cycle)
            {
                cards.Add(Card(cycle));
            }
        }

        var launchable = cards.Any(c => c.Cycle.CycleId == year.ToString(CultureInfo.InvariantCulture)) ? (int?)null : year;
        var view = new SurveyCyclePageView(cards, launchable, page.Csrf, notice, problem);
        return page.Render<SurveyCyclePage>(SurveyCycleTexts.Title, view, status);
    }

    private SurveyCycleCard Card(CycleView cycle)
    {
        Text? Local(DateTimeOffset? at) => at is { } instant ? DisplayDates.Both(japan.ToLocal(instant)) : null;
        var open = cycle.Phase == CyclePhases.Answering && cycle.ClosedAt is null;
        var suggested = japan.DateOf((cycle.ClosesAt ?? time.GetUtcNow()).AddDays(7));
        return new SurveyCycleCard(cycle, Local(cycle.ClosesAt), Local(cycle.ClosedAt), Local(cycle.PlansDueAt), open,
            suggested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
