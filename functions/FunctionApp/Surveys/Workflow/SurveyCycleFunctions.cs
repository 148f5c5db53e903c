using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Scheduling;
using Transformation.Platform.Security;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Plans;

namespace Transformation.Surveys.Workflow;

/// <summary>HR's API for the annual cycle: launch, look, extend, close early.</summary>
public sealed class SurveyCycleFunctions(YearlyLaunch<YearlySurveyCycle> launcher, SurveyCycleConsole console, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;
    private static readonly Text UnknownCycle = SurveyCycleTexts.Unknown;

    [Function("SurveyCycleLaunch")]
    [AcceptsJson(typeof(LaunchRequest), Optional = true)]
    [ProducesResponseType<CycleView>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<CycleView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Launches the year's survey cycle (body { year } optional, default this year in Japan). "
        + "202 when started, 200 with the cycle already running.")]
    public async Task<IActionResult> Launch(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/surveys/cycles")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refused) = await JsonBody.ReadAsync<LaunchRequest>(request, Json, cancellationToken, optional: true);
        if (refused is not null)
        {
            return refused;
        }

        var year = body?.Year ?? launcher.Today.Year;
        if (year is < 2000 or > 2100)
        {
            return BadYear(request);
        }

        var caller = Caller.Of(request.HttpContext);
        var outcome = await launcher.LaunchAsync(client, year, caller?.StaffId ?? "hr", cancellationToken);
        var view = await console.ViewAsync(client, outcome.RunId, cancellationToken);
        return new JsonResult(view, Json) { StatusCode = outcome.Started ? StatusCodes.Status202Accepted : StatusCodes.Status200OK };
    }

    [Function("SurveyCycleGet")]
    [ProducesResponseType<CycleView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("A survey cycle: its phase (inviting, answering, aggregating, publishing, published, planning, following-up, complete), "
        + "deadline, response rate so far, and once the sheets are out the plan deadline and the mid-term date.")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/surveys/cycles/{cycleId}")] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var view = SurveyCycleIds.IsValid(cycleId) ? await console.ViewAsync(client, cycleId, cancellationToken) : null;
        return view is null ? Problems.NotFound(request.HttpContext, UnknownCycle) : new JsonResult(view, Json);
    }

    [Function("SurveyCycleExtendRequest")]
    [AcceptsJson(typeof(ExtendRequest))]
    [ProducesResponseType<CycleView>(StatusCodes.Status202Accepted)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Extends the deadline of a cycle that is open for answers: { closesAt } (ISO 8601, later than now). "
        + "202; 409 when the cycle is not open.")]
    public async Task<IActionResult> Extend(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/surveys/cycles/{cycleId}/extend")] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refused) = await JsonBody.ReadAsync<ExtendRequest>(request, Json, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (body?.ClosesAt is not { } closesAt || closesAt <= time.GetUtcNow())
        {
            return Problems.BadRequest(request.HttpContext, new Text("新しい回答期限を指定してください。", "Give the new deadline."),
                [new FieldError("closesAt", new Text("closesAt は現在より後の日時（ISO 8601）です。",
                    "closesAt must be a date and time (ISO 8601) later than now."))]);
        }

        return await SignalAsync(request, cycleId, client, new CycleSignal(CycleSignalKind.Extend, closesAt.UtcDateTime), cancellationToken);
    }

    [Function("SurveyCycleCloseRequest")]
    [ProducesResponseType<CycleView>(StatusCodes.Status202Accepted)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Closes a cycle's answering now, before its deadline; aggregation and publication follow. 202; 409 when the cycle is not open.")]
    public async Task<IActionResult> Close(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/surveys/cycles/{cycleId}/close")] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await SignalAsync(request, cycleId, client, new CycleSignal(CycleSignalKind.Close, null), cancellationToken);
    }

    private async Task<IActionResult> SignalAsync(
        HttpRequest request, string cycleId, DurableTaskClient client, CycleSignal signal, CancellationToken cancellationToken) =>
        await SurveyCycleConsole.SignalAsync(client, cycleId, signal, cancellationToken) switch
        {
            CycleSignalOutcome.Unknown => Problems.NotFound(request.HttpContext, UnknownCycle),
            CycleSignalOutcome.NotOpen => Problems.Conflict(request.HttpContext, SurveyCycleTexts.NotOpen),
            _ => new JsonResult(await console.ViewAsync(client, cycleId, cancellationToken), Json) { StatusCode = StatusCodes.Status202Accepted },
        };

    private static IActionResult BadYear(HttpRequest request) =>
        Problems.BadRequest(request.HttpContext, new Text("年度の指定が正しくありません。", "The year is not valid."),
            [new FieldError("year", new Text("year は 2000〜2100 の数です（省略すると今年）。",
                "year is a number from 2000 to 2100 (leave it out for this year)."))]);
}
