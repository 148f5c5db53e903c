using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Http;
using Transformation.Platform.Scheduling;
using Transformation.Platform.Security;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>HR's API for the yearly 360 round: open, look, start rating, extend, close early.</summary>
public sealed class RoundFunctions(YearlyLaunch<YearlyRound> launcher, RoundConsole console)
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    [Function("ThreeSixtyRoundOpen")]
    [AcceptsJson(typeof(RoundOpenRequest), Optional = true)]
    [ProducesResponseType<RoundView>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<RoundView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Opens the year's 360 round (body { year } optional, default this year in Japan). 202 when started, 200 when it was already.")]
    public async Task<IActionResult> Open(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/360/rounds")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refused) = await JsonBody.ReadAsync<RoundOpenRequest>(request, Json, cancellationToken, optional: true);
        if (refused is not null)
        {
            return refused;
        }

        var year = body?.Year ?? launcher.Today.Year;
        if (year is < 2000 or > 2100)
        {
            return Problems.BadRequest(request.HttpContext, ThreeSixtyRoundTexts.BadYear,
                [new FieldError("year", ThreeSixtyRoundTexts.BadYearField)]);
        }

        var started = (await launcher.LaunchAsync(client, year, Caller.Of(request.HttpContext)?.StaffId ?? "hr", cancellationToken)).Started;
        var view = await console.ViewAsync(client, RoundIds.OfYear(year), cancellationToken);
        return new JsonResult(view, Json) { StatusCode = started ? StatusCodes.Status202Accepted : StatusCodes.Status200OK };
    }

    [Function("ThreeSixtyRoundGet")]
    [ProducesResponseType<RoundView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("A 360 round: its phase (opening, nominating, rating, closing, reporting, reported, failed) and its deadlines.")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/360/rounds/{roundId}")] HttpRequest request,
        string roundId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var view = await console.ViewAsync(client, roundId, cancellationToken);
        return view is null ? Problems.NotFound(request.HttpContext, ThreeSixtyRoundTexts.Unknown) : new JsonResult(view, Json);
    }

    [Function("ThreeSixtyRoundStartRating")]
    [ProducesResponseType<RoundView>(StatusCodes.Status202Accepted)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Ends nomination now and opens rating. 202; 409 when the round is not nominating.")]
    public Task<IActionResult> StartRating(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/360/rounds/{roundId}/start-rating")] HttpRequest request,
        string roundId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        SignalAsync(request, roundId, client, new RoundSignal(RoundSignalKind.StartRating, null), cancellationToken);

    [Function("ThreeSixtyRoundExtend")]
    [AcceptsJson(typeof(RoundExtendRequest))]
    [ProducesResponseType<RoundView>(StatusCodes.Status202Accepted)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Moves the rating deadline later: { deadlineAt } (ISO 8601). 202; 409 when rating is not open.")]
    public async Task<IActionResult> Extend(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/360/rounds/{roundId}/extend")] HttpRequest request,
        string roundId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refused) = await JsonBody.ReadAsync<RoundExtendRequest>(request, Json, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var view = await console.ViewAsync(client, roundId, cancellationToken);
        if (body?.DeadlineAt is not { } deadline || deadline <= (view?.RatingDeadline ?? DateTimeOffset.MinValue))
        {
            return Problems.BadRequest(request.HttpContext, ThreeSixtyRoundTexts.BadDeadline,
                [new FieldError("deadlineAt", ThreeSixtyRoundTexts.BadDeadlineField)]);
        }

        return await SignalAsync(request, roundId, client, new RoundSignal(RoundSignalKind.Extend, deadline.UtcDateTime), cancellationToken);
    }

    [Function("ThreeSixtyRoundClose")]
    [ProducesResponseType<RoundView>(StatusCodes.Status202Accepted)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Closes rating now, before its deadline; reports follow. 202; 409 when rating is not open.")]
    public Task<IActionResult> Close(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/360/rounds/{roundId}/close")] HttpRequest request,
        string roundId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        SignalAsync(request, roundId, client, new RoundSignal(RoundSignalKind.Close, null), cancellationToken);

    private async Task<IActionResult> SignalAsync(
        HttpRequest request, string roundId, DurableTaskClient client, RoundSignal signal, CancellationToken cancellationToken) =>
        await console.SignalAsync(client, roundId, signal, cancellationToken) switch
        {
            RoundSignalOutcome.Unknown => Problems.NotFound(request.HttpContext, ThreeSixtyRoundTexts.Unknown),
            RoundSignalOutcome.NotNow => Problems.Conflict(request.HttpContext, ThreeSixtyRoundTexts.NotNow),
            _ => new JsonResult(await console.ViewAsync(client, roundId, cancellationToken), Json) { StatusCode = StatusCodes.Status202Accepted },
        };
}
