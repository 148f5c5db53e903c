using System.ComponentModel;
using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Requests;
using Transformation.Overtime.SpecialDuties;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;

namespace Transformation.Overtime.Decisions;

/// <summary>
/// The I/O of a request's workflow. Each step reads the stored day first, so a repeat does nothing new and a decision whose
/// event was lost is acted on. The approval link is issued and mailed in one step: its token never enters the history.
/// Mail keys are fixed per day, version and message, so a retried step sends nothing twice.
/// </summary>
public sealed partial class OvertimeRequestActivities(
    OvertimeStore store,
    OvertimeRequests requests,
    SpecialDutyStore specialDuties,
    OvertimeClock clock,
    RosterDirectory roster,
    ActionLinks links,
    IMailer mailer,
    JapanTime japan,
    IOptions<OvertimeOptions> options,
    IOptions<AppOptions> app,
    ILogger<OvertimeRequestActivities> log)
{
    [Function(nameof(OvertimeAskApprover))]
    [Description("Mails the supervisor a one-time link to decide a pending request, and returns its deadline.")]
    public async Task<RequestPlan> OvertimeAskApprover([ActivityTrigger] RequestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var stored = await store.GetDayAsync(run.StaffId, run.Day);
        var recheck = options.Value.RecheckEvery;
        if (stored?.Value is not { State: OvertimeState.Pending } day || day.Version != run.Version)
        {
            return new RequestPlan(false, clock.Now.UtcDateTime, recheck);
        }

        var due = clock.DecisionDue(day.Day, day.SubmittedAt);
        var approver = await roster.GetPersonAsync(day.ApproverId);
        var employee = await roster.GetPersonAsync(day.StaffId);
        if (approver is not null && due > clock.Now)
        {
            var link = await links.IssueAsync(OvertimeLinks.Purpose, approver.StaffId, day.LinkResource, day.Version, due, approver.Language);
            var values = Values(approver.Name, day, due);
            values["employee"] = employee?.Name ?? day.StaffId;
            values["link"] = link.Url.AbsoluteUri;
            values["page"] = Page($"/overtime/approvals/{day.StaffId}/{DayText(day.Day)}");
            await SendAsync(OvertimeMails.One(Key(day, "request"), approver.Language, OvertimeMails.RequestSubject, OvertimeMails.RequestBody,
                approver.Email, approver.Name, values));
        }
        else
        {
            LogNoApprover(run.Day, run.Version);
        }

        return new RequestPlan(true, due.UtcDateTime, recheck);
    }

    [Function(nameof(OvertimeIsDecided))]
    [Description("Whether the request's version is no longer pending (decided, or made again).")]
    public async Task<bool> OvertimeIsDecided([ActivityTrigger] RequestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var stored = await store.GetDayAsync(run.StaffId, run.Day);
        return stored?.Value is not { State: OvertimeState.Pending } day || day.Version != run.Version;
    }

    [Function(nameof(OvertimeConclude))]
    [Description("After the decision or the deadline: a request still pending lapses (not approved); the employee is told how it "
        + "ended, HR of special duty; for approved overtime, when to ask for the actual.")]
    public async Task<RequestEnd> OvertimeConclude([ActivityTrigger] RequestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var day = await requests.LapseAsync(run.StaffId, run.Day, run.Version);
        if (day is null || day.Version != run.Version)
        {
            return new RequestEnd("superseded", null);
        }

        var employee = await roster.GetPersonAsync(day.StaffId);
        var decider = day.DecidedBy is { } id ? await roster.GetPersonAsync(id) : null;
        if (employee is null)
        {
            return new RequestEnd(day.State.ToString(), null);
        }

        var values = Values(employee.Name, day, clock.DecisionDue(day.Day, day.SubmittedAt));
        values["decider"] = decider?.Name ?? day.DecidedBy ?? "";
        values["page"] = Page($"/overtime/days/{DayText(day.Day)}");
        switch (day.State)
        {
            case OvertimeState.Approved:
                values["special"] = day.SpecialDutyReason is null ? "" : OvertimeMails.SpecialLine.In(employee.Language);
                await SendAsync(OvertimeMails.One(Key(day, "approved"), employee.Language, OvertimeMails.ApprovedSubject,
                    OvertimeMails.ApprovedBody, employee.Email, employee.Name, values));
                if (day.SpecialDutyReason is not null)
                {
                    // Kept for HR's analysis before HR is told, so the mail never points at a list without it.
                    await specialDuties.AddAsync(new SpecialDutyRecord(FiscalYear.Of(day.Day).StartYear, day.StaffId, day.Day, employee.Name,
                        employee.BureauName, employee.DivisionName, day.EstimatedHours, day.SpecialDutyReason, values["decider"],
                        day.DecidedAt ?? clock.Now, SpecialDuty.AnalysisDueBy(day.Day)));
                    await TellHrAsync(day, employee.Name, employee.DivisionName, values["decider"]);
                }

                return new RequestEnd(day.State.ToString(), clock.ActualDue(day.Day, day.DecidedAt ?? clock.Now).UtcDateTime);
            case OvertimeState.Declined:
                values["comment"] = day.Comment ?? "";
                await SendAsync(OvertimeMails.One(Key(day, "declined"), employee.Language, OvertimeMails.DeclinedSubject,
                    OvertimeMails.DeclinedBody, employee.Email, employee.Name, values));
                break;
            case OvertimeState.NotApproved:
                await SendAsync(OvertimeMails.One(Key(day, "lapsed"), employee.Language, OvertimeMails.LapsedSubject,
                    OvertimeMails.LapsedBody, employee.Email, employee.Name, values));
                break;
        }

        return new RequestEnd(day.State.ToString(), null);
    }

    [Function(nameof(OvertimeAskForActual))]
    [Description("The next business day: asks the employee for the actual end time of approved overtime, unless it is recorded.")]
    public async Task<bool> OvertimeAskForActual([ActivityTrigger] RequestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var stored = await store.GetDayAsync(run.StaffId, run.Day);
        if (stored?.Value is not { State: OvertimeState.Approved, ActualMinutes: null } day || day.Version != run.Version)
        {
            return false;
        }

        var employee = await roster.GetPersonAsync(day.StaffId);
        if (employee is null)
        {
            return false;
        }

        var values = Values(employee.Name, day, clock.Now);
        values["page"] = Page($"/overtime/days/{DayText(day.Day)}");
        await SendAsync(OvertimeMails.One(Key(day, "actual"), employee.Language, OvertimeMails.ActualSubject, OvertimeMails.ActualBody,
            employee.Email, employee.Name, values));
        return true;
    }

    private async Task TellHrAsync(OvertimeDay day, string employee, string division, string decider)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.HrEmail))
        {
            LogNoHrMailbox(day.Day, day.Version);
            return;
        }

        var values = Values(o.HrName, day, clock.Now);
        values["employee"] = employee;
        values["division"] = division;
        values["decider"] = decider;
        values["reason"] = day.SpecialDutyReason ?? "";
        values["analysis"] = DayText(SpecialDuty.AnalysisDueBy(day.Day));
        values["page"] = Page("/overtime/special-duty");
        await SendAsync(OvertimeMails.One(Key(day, "special-duty"), Language.Ja, OvertimeMails.SpecialDutySubject, OvertimeMails.SpecialDutyBody,
            o.HrEmail, o.HrName, values));
    }

    private Dictionary<string, string> Values(string name, OvertimeDay day, DateTimeOffset due) => new()
    {
        ["name"] = name,
        ["day"] = DayText(day.Day),
        ["due"] = japan.Format(due),
    };

    private string Page(string path) => app.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/') + path;

    private static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Key(OvertimeDay day, string message) =>
        $"overtime|{day.StaffId}|{DayText(day.Day)}|v{day.Version.ToString(CultureInfo.InvariantCulture)}|{message}";

    private async Task SendAsync(MailBatch batch) => await mailer.SendAsync(batch, CancellationToken.None);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overtime request of {Day} v{Version}: no approver to ask (not in the roster, or past its deadline)")]
    private partial void LogNoApprover(DateOnly day, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overtime request of {Day} v{Version}: special duty approved, but Overtime:HrEmail is not set")]
    private partial void LogNoHrMailbox(DateOnly day, int version);
}
