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

namespace Transformation.ThreeSixty.Rounds;

/// <summary>HR's page for the yearly 360 round: open it, see where it stands, end nominations, extend or close rating.</summary>
public sealed class RoundPageFunctions(
    YearlyLaunch<YearlyRound> launcher, RoundConsole console, PageRequests pages, JapanTime japan, TimeProvider time)
{
    public const string Path = "/360/rounds";

    [Function("ThreeSixtyRoundPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [QueryParameter("done", "What was just done (opened, rating, extended or closed), shown as a notice.")]
    [Description("Page for HR: this year's and last year's 360 rounds (stage, deadlines) with open, start rating, extend and close.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "360/rounds")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var notice = request.Query["done"].ToString() switch
        {
            "opened" => ThreeSixtyRoundTexts.Opened,
            "rating" => ThreeSixtyRoundTexts.RatingStarted,
            "extended" => ThreeSixtyRoundTexts.Extended,
            "closed" => ThreeSixtyRoundTexts.Closed,
            _ => null,
        };
        return await PageAsync(page, client, notice, null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("ThreeSixtyRoundOpenPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: open this year's 360 round (CSRF-checked); opened once, a second press shows the running round.")]
    public async Task<IActionResult> Open(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "360/rounds")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        await launcher.LaunchAsync(client, launcher.Today.Year, post.Page.SignedIn.StaffId, cancellationToken);
        return post.Page.SeeOther($"{Path}?done=opened");
    }

    [Function("ThreeSixtyRoundStartRatingPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Description("Page for HR: end nominations now and start rating (CSRF-checked); 409 page when the round is not nominating.")]
    public async Task<IActionResult> StartRating(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "360/rounds/{roundId}/start-rating")] HttpRequest request,
        string roundId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        return post is null ? refusal!
            : await SignalAsync(post.Page, client, roundId, new RoundSignal(RoundSignalKind.StartRating, null), "rating", cancellationToken);
    }

    [Function("ThreeSixtyRoundExtendPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Description("Page for HR: move the rating deadline later, Japan time (CSRF-checked); 400 page when not later, 409 when rating is not open.")]
    public async Task<IActionResult> Extend(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "360/rounds/{roundId}/extend")] HttpRequest request,
        string roundId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var current = (await console.ViewAsync(client, roundId, cancellationToken))?.RatingDeadline ?? time.GetUtcNow();
        var deadline = LocalInstant.Parse(post.Field("date"), post.Field("time"), japan.Zone);
        if (deadline is null || deadline <= current || deadline <= time.GetUtcNow())
        {
            return await PageAsync(post.Page, client, null, ThreeSixtyRoundTexts.BadDate, StatusCodes.Status400BadRequest, cancellationToken);
        }

        return await SignalAsync(post.Page, client, roundId, new RoundSignal(RoundSignalKind.Extend, deadline.Value.UtcDateTime), "extended",
            cancellationToken);
    }

    [Function("ThreeSixtyRoundClosePage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Description("Page for HR: close rating now, after ticking the confirmation (CSRF-checked); 409 page when rating is not open.")]
    public async Task<IActionResult> Close(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "360/rounds/{roundId}/close")] HttpRequest request,
        string roundId,
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
            return await PageAsync(post.Page, client, null, ThreeSixtyRoundTexts.ConfirmNeeded, StatusCodes.Status400BadRequest, cancellationToken);
        }

        return await SignalAsync(post.Page, client, roundId, new RoundSignal(RoundSignalKind.Close, null), "closed", cancellationToken);
    }

    private async Task<IActionResult> SignalAsync(
        PageRequest page, DurableTaskClient client, string roundId, RoundSignal signal, string done, CancellationToken cancellationToken) =>
        await console.SignalAsync(client, roundId, signal, cancellationToken) switch
        {
            RoundSignalOutcome.Unknown => page.NotFound(),
            RoundSignalOutcome.NotNow =>
                await PageAsync(page, client, null, ThreeSixtyRoundTexts.NotNow, StatusCodes.Status409Conflict, cancellationToken),
            // Post, redirect, get: a reload does not post again.
            _ => page.SeeOther($"{Path}?done={done}"),
        };

    private async Task<IActionResult> PageAsync(
        PageRequest page, DurableTaskClient client, Text? notice, Text? problem, int status, CancellationToken cancellationToken)
    {
        var year = launcher.Today.Year;
        var cards = new List<RoundCard>();
        foreach (var id in new[] { year, year - 1 }.Select(RoundIds.OfYear))
        {
            if (await console.ViewAsync(client, id, cancellationToken) is { } round)
            {
                cards.Add(Card(round));
            }
        }

        var openable = cards.Any(c => c.Round.RoundId == RoundIds.OfYear(year)) ? (int?)null : year;
        return page.Render<RoundPage>(ThreeSixtyRoundTexts.Title, new RoundPageView(cards, openable, page.Csrf, notice, problem), status);
    }

    private RoundCard Card(RoundView round)
    {
        Text? Local(DateTimeOffset? at) => at is { } instant ? DisplayDates.Both(japan.ToLocal(instant)) : null;
        var now = time.GetUtcNow();
        var nominating = round.Phase == RoundPhases.Nominating && round.NominationDeadline > now;
        var rating = round.Phase == RoundPhases.Rating && round.ClosedAt is null && round.RatingDeadline > now;
        var suggested = japan.DateOf((round.RatingDeadline ?? now).AddDays(7));
        return new RoundCard(round, Local(round.NominationDeadline), Local(round.RatingDeadline), Local(round.ClosedAt), nominating, rating,
            suggested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
