using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.Decisions;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Security;

namespace Transformation.Overtime.Requests;

/// <summary>
/// The API of requests, decisions and actuals: the same service calls as the pages and the approval links. A person's overtime
/// is read by them, the supervisors in their chain and HR (each read by someone else audited); only the roster supervisor decides.
/// </summary>
public sealed class OvertimeApiFunctions(
    OvertimeRequests requests, OvertimeStore store, OvertimeAudit audit, RosterDirectory roster, OvertimeClock clock,
    Interviews.InterviewFlags interviews,
    Microsoft.Extensions.Options.IOptions<OvertimeOptions> options)
{
    [Function("OvertimeRequestSubmit")]
    [AcceptsJson(typeof(RequestInput))]
    [ProducesResponseType<OvertimeDayDetailView>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Requests today's overtime (Japan time) before the end of regular hours: { tasks, targetEnd: HH:mm, estimatedHours: "
        + "quarter hours, more than 0, at most 24 }. Your roster supervisor is mailed a one-time link. 201 with the totals it would make; "
        + "409 when today is already requested or regular hours have ended.")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/overtime/requests")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refused) = await JsonBody.ReadAsync<RequestInput>(request, ApiJson.Options, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var caller = Caller.Required(request);
        var outcome = await requests.SubmitAsync(caller.StaffId, body!, cancellationToken);
        if (outcome.Refusal == OvertimeRefusal.AlreadyRequested && outcome.Day is { State: OvertimeState.Pending } pending)
        {
            // A submission retried after a crash between writing the day and starting its workflow: start it now.
            await OvertimeRequestStarter.StartAsync(client, pending, cancellationToken);
        }

        if (!outcome.Ok)
        {
            return Refusal(request, outcome, OvertimeTexts.HoursInvalid, options.Value.RegularHoursEnd);
        }

        await OvertimeRequestStarter.StartAsync(client, outcome.Day!, cancellationToken);
        var assessment = await requests.AssessAsync(outcome.Day!, outcome.Day!.EstimatedHours, cancellationToken);
        return new ObjectResult(new OvertimeDayDetailView(OvertimeDayView.Of(outcome.Day!), AssessmentView.Of(assessment)))
        {
            StatusCode = StatusCodes.Status201Created,
        };
    }

    [Function("OvertimeRequestMonth")]
    [QueryParameter("month", "The month, yyyy-MM; this month (Japan) when absent.")]
    [QueryParameter("staffId", "Whose overtime; yourself when absent.")]
    [ProducesResponseType<OvertimeMonthView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("A person's days of a month (?month=yyyy-MM, default this month; ?staffId=, default yourself) with the month's and the "
        + "year's counted totals. Readable by the person, the supervisors in their chain and HR; a read by anyone else is audited.")]
    public async Task<IActionResult> Month(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/overtime/requests")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        var staffId = request.Query["staffId"].ToString() is { Length: > 0 } given ? given : caller.StaffId;
        var monthText = request.Query["month"].ToString();
        DateOnly month;
        if (monthText.Length == 0)
        {
            var today = clock.Today;
            month = new DateOnly(today.Year, today.Month, 1);
        }
        else if (!DateOnly.TryParseExact(monthText + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
        {
            return Problems.BadRequest(request.HttpContext, new Text("month は yyyy-MM の形で指定してください。", "month must be yyyy-MM."));
        }

        if (await ForbiddenAsync(request, caller, staffId, "month " + month.ToString("yyyy-MM", CultureInfo.InvariantCulture), cancellationToken)
            is { } forbidden)
        {
            return forbidden;
        }

        var days = await store.ListDaysAsync(staffId, month, month.AddMonths(1).AddDays(-1), cancellationToken);
        var year = await store.GetYearAsync(staffId, Caps.FiscalYear.Of(month), cancellationToken);
        var monthMinutes = year?.Value.MonthMinutes(month) ?? 0;
        return new JsonResult(new OvertimeMonthView(staffId, month.ToString("yyyy-MM", CultureInfo.InvariantCulture), monthMinutes / 60m,
            (year?.Value.YearMinutes ?? 0) / 60m, [.. days.Select(OvertimeDayView.Of)]), ApiJson.Options);
    }

    [Function("OvertimeRequestRead")]
    [ProducesResponseType<OvertimeDayDetailView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("One person's day (yyyy-MM-dd): the request, decision and actual, and while pending the totals and caps it would make. "
        + "Readable by the person, the supervisors in their chain and HR; a read by anyone else is audited.")]
    public async Task<IActionResult> Read(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/overtime/requests/{staffId}/{day}")] HttpRequest request,
        string staffId,
        string day,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        if (!TryDay(day, out var date))
        {
            return Problems.NotFound(request.HttpContext, OvertimeTexts.NotFound);
        }

        if (await ForbiddenAsync(request, caller, staffId, "day " + day, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var stored = await store.GetDayAsync(staffId, date, cancellationToken);
        if (stored is null)
        {
            return Problems.NotFound(request.HttpContext, OvertimeTexts.NotFound);
        }

        var assessment = stored.Value.State == OvertimeState.Pending
            ? AssessmentView.Of(await requests.AssessAsync(stored.Value, stored.Value.EstimatedHours, cancellationToken))
            : null;
        return new JsonResult(new OvertimeDayDetailView(OvertimeDayView.Of(stored.Value), assessment), ApiJson.Options);
    }

    [Function("OvertimeRequestDecide")]
    [AcceptsJson(typeof(DecisionInput))]
    [ProducesResponseType<OvertimeDayView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("The requester's roster supervisor decides before the end of regular hours: { approve: true | false, comment, version, "
        + "specialDutyReason }. Beyond a cap of the rule only with specialDutyReason (特例業務; HR is told); beyond a care-sheet limit never. "
        + "403 for anyone else; 409 when decided, made again, or too late.")]
    public async Task<IActionResult> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/overtime/requests/{staffId}/{day}/decision")] HttpRequest request,
        string staffId,
        string day,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TryDay(day, out var date))
        {
            return Problems.NotFound(request.HttpContext, OvertimeTexts.NotFound);
        }

        var (body, refused) = await JsonBody.ReadAsync<DecisionInput>(request, ApiJson.Options, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var caller = Caller.Required(request);
        var outcome = await requests.DecideAsync(staffId, date, caller.StaffId, body!, cancellationToken);
        if (!outcome.Ok)
        {
            return Refusal(request, outcome, new Text("判断を記録できません。", "The decision cannot be recorded."), "");
        }

        await audit.WriteAsync(staffId, caller.StaffId, OvertimeAudit.Decided, "day " + day, "api", cancellationToken);
        await OvertimeSignal.RaiseDecidedAsync(client, outcome.Day!, CancellationToken.None);
        return new JsonResult(OvertimeDayView.Of(outcome.Day!), ApiJson.Options);
    }

    [Function("OvertimeActualRecord")]
    [AcceptsJson(typeof(ActualInput))]
    [ProducesResponseType<OvertimeDayView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("The person records when their approved overtime of a day actually ended: { actualEnd: HH:mm } (past midnight allowed, "
        + "within 16 hours of the end of regular hours). The totals count it instead of the estimate. 409 unless the day was approved.")]
    public async Task<IActionResult> RecordActual(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/overtime/requests/{staffId}/{day}/actual")] HttpRequest request,
        string staffId,
        string day,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        if (!TryDay(day, out var date))
        {
            return Problems.NotFound(request.HttpContext, OvertimeTexts.NotFound);
        }

        if (caller.StaffId != staffId)
        {
            return Problems.Forbidden(request.HttpContext, null);
        }

        var (body, refused) = await JsonBody.ReadAsync<ActualInput>(request, ApiJson.Options, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var outcome = await requests.RecordActualAsync(staffId, date, body!.ActualEnd, cancellationToken);
        if (outcome.Ok)
        {
            // A month that now reaches an interview threshold is flagged, and the person and the health office told.
            await interviews.CheckAsync(client, staffId, date, CancellationToken.None);
        }

        return outcome.Ok
            ? new JsonResult(OvertimeDayView.Of(outcome.Day!), ApiJson.Options)
            : Refusal(request, outcome, new Text("実績を記録できません。", "The actual cannot be recorded."), "");
    }

    private async Task<IActionResult?> ForbiddenAsync(HttpRequest request, Caller caller, string staffId, string what,
        CancellationToken cancellationToken)
    {
        if (caller.StaffId == staffId)
        {
            return null;
        }

        var index = await roster.GetIndexAsync(cancellationToken: cancellationToken);
        if (!OvertimeAccess.MayRead(caller, staffId, index))
        {
            return Problems.Forbidden(request.HttpContext, null);
        }

        await audit.WriteAsync(staffId, caller.StaffId, OvertimeAudit.Read, what, "api", cancellationToken);
        return null;
    }

    private static bool TryDay(string day, out DateOnly date) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static IActionResult Refusal(HttpRequest request, OvertimeOutcome outcome, Text invalid, string regularEnd)
    {
        var http = request.HttpContext;
        return outcome.Refusal switch
        {
            OvertimeRefusal.None => Problems.BadRequest(http, invalid, outcome.Errors),
            OvertimeRefusal.NotFound => Problems.NotFound(http, OvertimeTexts.NotFound),
            OvertimeRefusal.NotApprover => Problems.Forbidden(http, null),
            OvertimeRefusal.NotInRoster => Problems.Conflict(http, OvertimeTexts.NotInRoster),
            OvertimeRefusal.NoSupervisor => Problems.Conflict(http, OvertimeTexts.NoSupervisor),
            OvertimeRefusal.TooLate when outcome.Day is null => Problems.Conflict(http, OvertimeTexts.TooLateToday.With(regularEnd)),
            OvertimeRefusal.TooLate => Problems.Conflict(http, OvertimeTexts.DecisionTooLate),
            OvertimeRefusal.AlreadyRequested => Problems.Conflict(http, OvertimeTexts.AlreadyRequested),
            OvertimeRefusal.NotPending => Problems.Conflict(http, OvertimeTexts.NotPending),
            OvertimeRefusal.Stale => Problems.Conflict(http, OvertimeTexts.VersionStale),
            OvertimeRefusal.NotApproved => Problems.Conflict(http, OvertimeTexts.ActualNotApproved),
            _ => Problems.Conflict(http, OvertimeTexts.Busy),
        };
    }
}
