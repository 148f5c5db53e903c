using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Transformation.Overtime.Decisions;
using Transformation.Overtime.MyOvertime;
using Transformation.Overtime.Requests;
using Transformation.Platform.Http;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.Overtime.Approvals;

/// <summary>
/// The signed-in supervisor's pages: the requests waiting for their decision, and the decision on one (the same service
/// call as the approval link and the API). Every read of a request and every decision is audited.
/// </summary>
public sealed class OvertimeApprovalPageFunctions(
    OvertimeRequests requests,
    OvertimeStore store,
    ApproverInbox inbox,
    OvertimeAudit audit,
    OvertimeRoster roster,
    OvertimeDecisionPages decisionPages,
    PageRequests pages,
    IOptions<OvertimeOptions> options)
{
    private const string Path = "/overtime/approvals";

    [Function("OvertimeApprovalsPage")]
    [QueryParameter("done", "What was just decided (approved or declined), shown as a notice.")]
    [QueryParameter("staff", "Whose request was just decided, named in the notice.")]
    [QueryParameter("day", "The day of the request just decided (yyyy-MM-dd), named in the notice.")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the overtime requests waiting for the signed-in supervisor's decision, each linking to its decision page.")]
    public async Task<IActionResult> Waiting(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "overtime/approvals")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var approverId = page.SignedIn.StaffId;
        var index = await roster.IndexAsync(cancellationToken);
        var waiting = new List<OvertimeWaiting>();
        foreach (var (staffId, dayOf) in await inbox.ListAsync(approverId, cancellationToken))
        {
            // The queue may still name a day decided or lapsed (it is cleared after the decision): only pending ones wait.
            var day = (await store.GetDayAsync(staffId, dayOf, cancellationToken))?.Value;
            if (day is { State: OvertimeState.Pending } && day.ApproverId == approverId)
            {
                waiting.Add(new OvertimeWaiting(day, OvertimeRoster.NameOf(index, staffId), DecisionPath(staffId, dayOf)));
            }
        }

        foreach (var shown in waiting)
        {
            await audit.WriteAsync(shown.Day.StaffId, approverId, OvertimeAudit.Read, What(shown.Day.Day), "page", cancellationToken);
        }

        return page.Render<OvertimeApprovalsPage>(OvertimeApprovalTexts.QueueTitle, new OvertimeApprovalsView(waiting, Notice(request, index)));
    }

    [Function("OvertimeDecisionPage")]
    [ProducesResponseType(StatusCodes.Status303SeeOther)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: a pending request with its projected totals and caps, and the decision form, for its approver (audited); "
        + "a decided day goes on to the day's page (303) for a reader allowed to see it; 403 for anyone else.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "overtime/approvals/{staffId}/{date}")] HttpRequest request,
        string staffId,
        string date,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var caller = page.SignedIn;
        if (!RouteIds.IsPlausible(staffId) || MyOvertimePageFunctions.ParseDay(date) is not { } dayOf)
        {
            return page.NotFound();
        }

        var day = (await store.GetDayAsync(staffId, dayOf, cancellationToken))?.Value;
        if (day is null)
        {
            return page.NotFound();
        }

        if (day.ApproverId != caller.StaffId || day.State != OvertimeState.Pending)
        {
            var index = await roster.IndexAsync(cancellationToken);
            return index is not null && OvertimeAccess.MayRead(caller, staffId, index)
                ? page.SeeOther($"{MyOvertimePageFunctions.DayPath(dayOf)}?staff={Uri.EscapeDataString(staffId)}")
                : page.Forbidden();
        }

        await audit.WriteAsync(staffId, caller.StaffId, OvertimeAudit.Read, What(dayOf), "page", cancellationToken);
        return await decisionPages.DecideAsync(page, day, FormState.Empty, DecisionPath(staffId, dayOf), null, StatusCodes.Status200OK,
            cancellationToken);
    }

    [Function("OvertimeDecisionPost")]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the approver approves or declines a pending request (CSRF-checked; beyond a cap only as special duty with "
        + "its reason): 303 to the waiting requests; a 400 page with the reasons; 403 for anyone else; 409 when decided, made again "
        + "or past its deadline.")]
    public async Task<IActionResult> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "overtime/approvals/{staffId}/{date}")] HttpRequest request,
        string staffId,
        string date,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var page = post.Page;
        var deciderId = page.SignedIn.StaffId;
        if (!RouteIds.IsPlausible(staffId) || MyOvertimePageFunctions.ParseDay(date) is not { } dayOf)
        {
            return page.NotFound();
        }

        var version = int.TryParse(post.Field(OvertimeDecisionForm.VersionField), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var shown) ? shown : (int?)null;
        var outcome = await requests.DecideAsync(staffId, dayOf, deciderId, OvertimeDecisionPages.Input(post, version), cancellationToken);
        if (outcome.Ok)
        {
            var decided = outcome.Day!;
            await audit.WriteAsync(staffId, deciderId, OvertimeAudit.Decided, What(dayOf) + " " + Code(decided.State), "page", cancellationToken);
            await OvertimeSignal.RaiseDecidedAsync(client, decided, cancellationToken);
            return page.SeeOther($"{Path}?done={Code(decided.State)}&staff={Uri.EscapeDataString(staffId)}&day={MyOvertimeTexts.Iso(dayOf)}");
        }

        if (outcome.Errors.Count > 0 && outcome.Day is { } day)
        {
            return await decisionPages.DecideAsync(page, day, FormState.FromPost(post.Form, outcome.Errors), DecisionPath(staffId, dayOf),
                null, StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (outcome.Refusal == OvertimeRefusal.NotApprover)
        {
            return page.Forbidden();
        }

        return await decisionPages.RefusedAsync(page, outcome.Refusal, outcome.Day, options.Value.RegularHoursEnd, cancellationToken);
    }

    /// <summary>What was just decided (after the redirect), named from the address: the decision itself is on the day.</summary>
    private static Platform.Localization.Text? Notice(HttpRequest request, Organisation.Lookup.RosterIndex? index)
    {
        var done = request.Query["done"].ToString() switch
        {
            "approved" => OvertimeApprovalTexts.ApprovedDone,
            "declined" => OvertimeApprovalTexts.DeclinedDone,
            _ => null,
        };
        var staffId = request.Query["staff"].ToString();
        return done is not null && RouteIds.IsPlausible(staffId) && MyOvertimePageFunctions.ParseDay(request.Query["day"]) is { } day
            ? done.With(OvertimeRoster.NameOf(index, staffId), MyOvertimeTexts.DayName(day))
            : null;
    }

    public static string DecisionPath(string staffId, DateOnly day) =>
        $"{Path}/{Uri.EscapeDataString(staffId)}/{MyOvertimeTexts.Iso(day)}";

    public static string What(DateOnly day) => "day " + MyOvertimeTexts.Iso(day);

    public static string Code(OvertimeState state) => state == OvertimeState.Approved ? "approved" : "declined";
}
