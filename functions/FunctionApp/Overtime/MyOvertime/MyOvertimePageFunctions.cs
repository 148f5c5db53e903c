using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Decisions;
using Transformation.Overtime.Requests;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.Overtime.MyOvertime;

/// <summary>
/// The employee's overtime pages: today's request (checked against the caps before it is made), this month's days and
/// totals, one day with its decision, and the actual end time of an approved day.
/// </summary>
public sealed class MyOvertimePageFunctions(
    OvertimeRequests requests,
    OvertimeStore store,
    OvertimeClock clock,
    OvertimeAudit audit,
    OvertimeRoster roster,
    Interviews.InterviewFlags interviews,
    PageRequests pages,
    JapanTime japan,
    IOptions<OvertimeOptions> options)
{
    private const string Path = "/overtime";

    [Function("MyOvertimePage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the signed-in person's overtime: today's request or the form for it, this month's days and the totals so far.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "overtime")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        return await PageAsync(page, FormState.Empty, null, null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("MyOvertimeRequestPage")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: today's overtime request (CSRF-checked). action=check shows the projected totals and caps without requesting; "
        + "action=request requests it, starts its approval and answers 303 to the day; 400 with the reasons, 409 when refused.")]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "overtime")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var page = post.Page;
        var staffId = page.SignedIn.StaffId;
        var hours = ParseHours(post.Field("estimatedHours"));
        if (post.Field("action") == "check")
        {
            var preview = hours is { } h ? await requests.PreviewAsync(staffId, h, cancellationToken) : null;
            if (preview is null)
            {
                var errors = new[] { new FieldError("estimatedHours", OvertimeTexts.HoursInvalid) };
                return await PageAsync(page, FormState.FromPost(post.Form, errors), null, null, StatusCodes.Status400BadRequest, cancellationToken);
            }

            var projection = new OvertimeProjectionView(hours!.Value, preview, requests.Policy);
            return await PageAsync(page, FormState.FromPost(post.Form, []), projection, null, StatusCodes.Status200OK, cancellationToken);
        }

        // A value that is not a number is sent as none: the service names the same mistake as for a number out of range.
        var input = new RequestInput(post.Field("tasks"), post.Field("targetEnd"), hours);
        var outcome = await requests.SubmitAsync(staffId, input, cancellationToken);
        if (outcome.Ok)
        {
            await OvertimeRequestStarter.StartAsync(client, outcome.Day!, cancellationToken);
            return page.SeeOther($"{DayPath(outcome.Day!.Day)}?done=requested");
        }

        if (outcome.Errors.Count > 0)
        {
            return await PageAsync(page, FormState.FromPost(post.Form, outcome.Errors), null, null, StatusCodes.Status400BadRequest,
                cancellationToken);
        }

        var message = OvertimeRefusals.Message(outcome.Refusal, options.Value.RegularHoursEnd);
        return await PageAsync(page, FormState.FromPost(post.Form, []), null, message, OvertimeRefusals.Status(outcome.Refusal),
            cancellationToken);
    }

    [Function("OvertimeDayPage")]
    [QueryParameter("staff", "Whose day (a supervisor in their chain or HR; audited); the reader's own when absent.")]
    [QueryParameter("done", "What was just done (requested or actual), shown as a notice.")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: one day's overtime (request, decision, actual) of the reader or of someone they may read (audited); "
        + "the person's own approved day offers the form for the actual end time.")]
    public async Task<IActionResult> Day(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "overtime/days/{date}")] HttpRequest request,
        string date,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = await pages.OpenAsync(request, cancellationToken);
        var caller = page.SignedIn;
        var staff = request.Query["staff"].ToString();
        var staffId = staff.Length == 0 ? caller.StaffId : staff;
        if (ParseDay(date) is not { } day || !RouteIds.IsPlausible(staffId))
        {
            return page.NotFound();
        }

        var index = await roster.IndexAsync(cancellationToken);
        if (!OvertimeAccess.IsSelf(caller, staffId) && (index is null || !OvertimeAccess.MayRead(caller, staffId, index)))
        {
            return page.Forbidden();
        }

        var stored = await store.GetDayAsync(staffId, day, cancellationToken);
        if (stored is null)
        {
            return page.NotFound();
        }

        await audit.WriteAsync(staffId, caller.StaffId, OvertimeAudit.Read, "day " + MyOvertimeTexts.Iso(day), "page", cancellationToken);
        var notice = request.Query["done"].ToString() switch
        {
            "requested" => MyOvertimeTexts.Requested,
            "actual" => MyOvertimeTexts.ActualRecorded,
            _ => null,
        };
        return DayPage(page, stored.Value, index, FormState.Empty, notice, StatusCodes.Status200OK);
    }

    [Function("OvertimeActualPage")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the person records (or corrects) the actual end time of their approved day, on the day or later (CSRF-checked); "
        + "303 to the day, a 400 page with the reason, 409 when the day is not approved.")]
    public async Task<IActionResult> RecordActual(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "overtime/days/{date}/actual")] HttpRequest request,
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
        if (ParseDay(date) is not { } day)
        {
            return page.NotFound();
        }

        var staffId = page.SignedIn.StaffId;
        var outcome = await requests.RecordActualAsync(staffId, day, post.Field("actualEnd"), cancellationToken);
        if (outcome.Ok)
        {
            await interviews.CheckAsync(client, staffId, day, CancellationToken.None);
            return page.SeeOther($"{DayPath(day)}?done=actual");
        }

        if (outcome.Errors.Count > 0)
        {
            var shown = outcome.Day ?? (await store.GetDayAsync(staffId, day, cancellationToken))?.Value;
            if (shown is null)
            {
                return page.NotFound();
            }

            var index = await roster.IndexAsync(cancellationToken);
            return DayPage(page, shown, index, FormState.FromPost(post.Form, outcome.Errors), null, StatusCodes.Status400BadRequest);
        }

        return outcome.Refusal == OvertimeRefusal.NotFound
            ? page.NotFound()
            : page.Error(OvertimeRefusals.Status(outcome.Refusal), MyOvertimeTexts.ActualPart,
                OvertimeRefusals.Message(outcome.Refusal, options.Value.RegularHoursEnd));
    }

    public static string DayPath(DateOnly day) => "/overtime/days/" + MyOvertimeTexts.Iso(day);

    public static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static decimal? ParseHours(string value) =>
        decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) ? hours : null;

    private ContentResult DayPage(PageRequest page, OvertimeDay day, Organisation.Lookup.RosterIndex? index, FormState form, Text? notice,
        int status)
    {
        Text At(DateTimeOffset instant) => DisplayDates.Both(japan.ToLocal(instant));
        var mayRecord = OvertimeAccess.IsSelf(page.SignedIn, day.StaffId) && day.State == OvertimeState.Approved && day.Day <= clock.Today;
        var decided = (day.State is OvertimeState.Approved or OvertimeState.Declined or OvertimeState.NotApproved) && day.DecidedAt is not null;
        var view = new OvertimeDayPageView(day, OvertimeRoster.NameOf(index, day.StaffId), OvertimeRoster.NameOf(index, day.ApproverId),
            day.DecidedBy is { } by ? OvertimeRoster.NameOf(index, by) : null, At(day.SubmittedAt),
            decided ? At(day.DecidedAt!.Value) : null, page.Csrf, mayRecord ? form : null, notice);
        return page.Render<OvertimeDayPage>(MyOvertimeTexts.DayTitle.With(MyOvertimeTexts.DayName(day.Day)), view, status);
    }

    private async Task<IActionResult> PageAsync(PageRequest page, FormState form, OvertimeProjectionView? projection, Text? problem,
        int status, CancellationToken cancellationToken)
    {
        var staffId = page.SignedIn.StaffId;
        var today = clock.Today;
        var index = await roster.IndexAsync(cancellationToken);
        var inRoster = index?.Person(staffId) is not null;
        var todays = (await store.GetDayAsync(staffId, today, cancellationToken))?.Value;
        var shownToday = todays?.State is OvertimeState.Pending or OvertimeState.Approved ? todays : null;
        var month = await store.ListDaysAsync(staffId, new DateOnly(today.Year, today.Month, 1), today.AddDays(DaysLeftInMonth(today)),
            cancellationToken);
        var year = (await store.GetYearAsync(staffId, FiscalYear.Of(today), cancellationToken))?.Value;
        var view = new MyOvertimePageView(page.Csrf, today, shownToday, inRoster, form, projection, month,
            (year?.MonthMinutes(today) ?? 0) / 60m, (year?.YearMinutes ?? 0) / 60m, OvertimeRoster.Supervises(index, staffId),
            Problem: problem ?? (inRoster ? null : OvertimeTexts.NotInRoster));
        return page.Render<MyOvertimePage>(MyOvertimeTexts.Title, view, status);
    }

    private static int DaysLeftInMonth(DateOnly day) => DateTime.DaysInMonth(day.Year, day.Month) - day.Day;
}
