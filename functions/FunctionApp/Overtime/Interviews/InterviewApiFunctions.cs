using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Security;

namespace Transformation.Overtime.Interviews;

/// <summary>The health office and HR read the doctor's-interview flags of a month and record interviews held.</summary>
public sealed class InterviewApiFunctions(InterviewFlags flags, JapanTime japan, TimeProvider time, IOptions<OvertimeOptions> options)
{
    public const string Readers = Roles.HealthOffice + "," + Roles.HrAdmin;

    [Function("OvertimeInterviewList")]
    [QueryParameter("month", "The month, like 2026-11; this month in Japan when absent.")]
    [ProducesResponseType<InterviewListView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Readers)]
    [Description("Health office and HR: the month's doctor's-interview flags (name, division, reason month or average, the day held "
        + "or null). No hours, no requests. 400 for a month not written like 2026-11.")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/overtime/interviews")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var given = request.Query["month"].ToString();
        var month = given.Length == 0 ? InterviewMonths.Of(japan.DateOf(time.GetUtcNow())) : InterviewMonths.Parse(given);
        if (month is not { } m)
        {
            return Problems.BadRequest(request.HttpContext, InterviewTexts.MonthInvalid, [new FieldError("month", InterviewTexts.MonthInvalid)]);
        }

        var list = (await flags.ListAsync(m, cancellationToken)).OrderBy(f => f.DivisionName, StringComparer.Ordinal).ThenBy(f => f.StaffId,
            StringComparer.Ordinal);
        return new JsonResult(new InterviewListView(InterviewMonths.Key(m), [.. list.Select(f => InterviewFlagView.Of(f, options.Value))]),
            ApiJson.Options);
    }

    [Function("OvertimeInterviewHeld")]
    [AcceptsJson(typeof(InterviewHeldRequest))]
    [ProducesResponseType<InterviewFlagView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Readers)]
    [Description("Health office and HR: records that the flagged person's interview was held on { heldOn: yyyy-MM-dd } (from the "
        + "month's first day to today; a later record corrects it) and ends the reminders. 404 when the month has no flag for them.")]
    public async Task<IActionResult> Held(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/overtime/interviews/{month}/{staffId}/held")] HttpRequest request,
        string month,
        string staffId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refused) = await JsonBody.ReadAsync<InterviewHeldRequest>(request, ApiJson.Options, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var outcome = await flags.RecordHeldAsync(client, month, staffId, body!.HeldOn, Caller.Required(request).StaffId, cancellationToken);
        if (outcome.IsNotFound)
        {
            return Problems.NotFound(request.HttpContext, InterviewTexts.NotFound);
        }

        return outcome.Flag is { } flag
            ? new JsonResult(InterviewFlagView.Of(flag, options.Value), ApiJson.Options)
            : Problems.BadRequest(request.HttpContext, InterviewTexts.NotRecordedProblem, outcome.Errors);
    }
}
