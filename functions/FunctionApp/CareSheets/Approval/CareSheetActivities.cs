using System.ComponentModel;
using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Scheduling;
using Transformation.CareSheets.Reviews;
using Transformation.CareSheets.Sheets;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;

namespace Transformation.CareSheets.Approval;

/// <summary>
/// The I/O of the sheet workflow. A link is issued and mailed in the same activity, so its token never
/// enters the orchestration's history (which is stored, and would turn the durable store into a key ring).
/// Each step first checks the sheet: a step for a version that is no longer pending does nothing and
/// tells the orchestrator why, which also heals a decision whose event was lost.
/// </summary>
public sealed partial class CareSheetActivities(
    CareSheetStore store,
    CareSheetAudit audit,
    RosterDirectory roster,
    ApprovalLinkMailer linkMailer,
    IMailer mailer,
    BusinessCalendar calendar,
    JapanTime japanTime,
    TimeProvider time,
    IOptions<CareSheetOptions> options,
    IOptions<AppOptions> app,
    ILogger<CareSheetActivities> log)
{
    [Function(nameof(CareSheetOpenApproval))]
    [Description("Sends the approval request of a sheet version to its approver and returns the reminder and escalation instants.")]
    public async Task<ApprovalPlan> CareSheetOpenApproval([ActivityTrigger] ApprovalRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var sheet = await store.GetAsync(run.SheetId);
        if (Settled(sheet, run) is { } settled)
        {
            var decided = settled.Kind == SignalKind.Decided;
            return new ApprovalPlan(false, run.SubmittedAtUtc, run.SubmittedAtUtc, options.Value.RecheckEvery, decided);
        }

        var submitted = new DateTimeOffset(DateTime.SpecifyKind(run.SubmittedAtUtc, DateTimeKind.Utc));
        var o = options.Value;
        var reminderAt = o.Reminder.After(submitted, calendar, japanTime.Zone, o.DueAt);
        var escalateAt = o.Escalation.After(submitted, calendar, japanTime.Zone, o.DueAt);
        await SendLinkAsync(sheet!, run.FirstApproverId, "request", CareSheetMails.RequestSubject, CareSheetMails.RequestBody, null);
        LogOpened(run.SheetId, run.Version, reminderAt, escalateAt);
        return new ApprovalPlan(true, reminderAt.UtcDateTime, escalateAt.UtcDateTime, o.RecheckEvery);
    }

    [Function(nameof(CareSheetRemind))]
    [Description("Reminds the approvers of a sheet version still pending (with a fresh link); otherwise reports what happened to it.")]
    public async Task<SheetSignal?> CareSheetRemind([ActivityTrigger] ApprovalRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var sheet = await store.GetAsync(run.SheetId);
        if (Settled(sheet, run) is { } settled)
        {
            return settled;
        }

        // A reminder's link replaces the earlier ones, as HR's reminder does: only the newest mail's link decides.
        await linkMailer.RemindAllAsync(sheet!, sheet!.Approvers, "reminder", CareSheetMails.ReminderSubject, CareSheetMails.ReminderBody);
        return null;
    }

    [Function(nameof(CareSheetEscalate))]
    [Description("Puts the approver's own supervisor on the route of a sheet version still pending and sends them a link.")]
    public async Task<SheetSignal?> CareSheetEscalate([ActivityTrigger] ApprovalRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var current = await store.GetAsync(run.SheetId);
        if (Settled(current, run) is { } done)
        {
            return done;
        }

        var (approverId, aboveId) = await EscalationOfAsync(current!, run);
        if (aboveId is null)
        {
            // Nobody above the approver: the sheet keeps waiting for them (reminded), and HR is told so it can reassign.
            await MailHrStalledAsync(current!, "stalled-nobody-above", CareSheetMails.NobodyAbove);
            return null;
        }

        var change = await store.AddApproverAsync(run.SheetId, run.Version, aboveId, time.GetUtcNow());
        if (!change.Done)
        {
            return Settled(change.After, run) ?? throw new InvalidOperationException("The sheet could not be escalated.");
        }

        var approver = await roster.GetPersonAsync(approverId, change.After!.SnapshotId);
        await audit.WriteAsync(run.SheetId, "workflow", AuditActions.Escalate, run.Version, "workflow", aboveId);
        await SendLinkAsync(change.After, aboveId, "escalation", CareSheetMails.EscalationSubject, CareSheetMails.EscalationBody,
            new Dictionary<string, string> { ["approver"] = approver?.Name ?? approverId });
        return null;
    }

    /// <summary>
    /// Who is waited on and who is above them. The route planned at submission holds unless HR reassigned the decision:
    /// then the escalation goes to the new approver's own supervisor, not to the one above the approver HR replaced.
    /// </summary>
    private async Task<(string ApproverId, string? AboveId)> EscalationOfAsync(CareSheet sheet, ApprovalRun run)
    {
        if (sheet.Approvers.Contains(run.FirstApproverId, StringComparer.Ordinal) || sheet.Approvers.Count == 0)
        {
            return (run.FirstApproverId, run.EscalationApproverId);
        }

        var approverId = sheet.Approvers[0];
        var chain = await roster.GetSupervisorChainAsync(approverId, sheet.SnapshotId) ?? [];
        var above = chain.Select(p => p.StaffId).FirstOrDefault(id => id != approverId && id != sheet.OwnerId);
        return (approverId, above);
    }

    [Function(nameof(CareSheetCheck))]
    [Description("Reads the stored sheet: what happened to the version (decided, withdrawn, superseded), or nothing while it is still pending.")]
    public async Task<SheetSignal?> CareSheetCheck([ActivityTrigger] ApprovalRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Settled(await store.GetAsync(run.SheetId), run);
    }

    [Function(nameof(CareSheetRemindEscalated))]
    [Description("After escalation: reminds every approver of a version still pending (round 1 also tells HR); returns when the next round is.")]
    public async Task<EscalatedStep> CareSheetRemindEscalated([ActivityTrigger] EscalatedRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var run = round.Run;
        var next = options.Value.EscalatedReminder.After(time.GetUtcNow(), calendar, japanTime.Zone, options.Value.DueAt).UtcDateTime;
        var sheet = await store.GetAsync(run.SheetId);
        if (Settled(sheet, run) is { } settled)
        {
            return new EscalatedStep(settled, next);
        }

        if (round.Round > 0)
        {
            var message = "escalated-reminder-" + round.Round.ToString(CultureInfo.InvariantCulture);
            await linkMailer.RemindAllAsync(sheet!, sheet!.Approvers, message, CareSheetMails.ReminderSubject, CareSheetMails.ReminderBody);

            if (round.Round == 1)
            {
                await MailHrStalledAsync(sheet, "stalled-escalated", CareSheetMails.EscalatedIdle);
            }
        }

        return new EscalatedStep(null, next);
    }

    [Function(nameof(CareSheetConclude))]
    [Description("Tells the employee (and HR, for an approval or a decline) the decision on a sheet version; "
        + "returns the active period of an approved one.")]
    public async Task<ActivePeriod?> CareSheetConclude([ActivityTrigger] ApprovalRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var sheet = await store.GetAsync(run.SheetId);
        if (sheet is not null && sheet.Version == run.Version && sheet.State == CareSheetState.Withdrawn)
        {
            // Withdrawn in the moment between the decision and this step: the withdrawal's own event reaches an
            // orchestration that is about to end, so its notices go out from here.
            await CareSheetWithdrawn(run);
            return null;
        }

        if (sheet is null || sheet.Version != run.Version || sheet.State is CareSheetState.Pending)
        {
            return null;
        }

        var (subject, body) = sheet.State switch
        {
            CareSheetState.Returned => (CareSheetMails.ReturnedSubject, CareSheetMails.ReturnedBody),
            CareSheetState.Declined => (CareSheetMails.DeclinedSubject, CareSheetMails.DeclinedBody),
            _ => (CareSheetMails.ApprovedSubject, CareSheetMails.ApprovedBody),
        };

        // The employee waits on this step, and it is a chain of storage round trips: the reads go together, then
        // the employee's and HR's notices go together (HR's needs nothing from the employee's).
        var approved = sheet.State == CareSheetState.Approved;
        var contentRead = approved && sheet.Kind == CareSheetKind.Childcare
            ? store.GetContentAsync(sheet.Id, sheet.Version)
            : Task.FromResult<CareSheetContent?>(null);
        var owner = await roster.GetPersonAsync(sheet.OwnerId, sheet.SnapshotId);
        var content = await contentRead;
        await Task.WhenAll(
            MailOwnerAsync(sheet, owner, "outcome", subject, body),
            sheet.State is CareSheetState.Approved or CareSheetState.Declined ? MailHrAsync(sheet, owner, "outcome") : Task.CompletedTask);
        return approved ? ActivePeriod.Of(sheet, content, options.Value, japanTime.Zone, time.GetUtcNow()) : null;
    }

    [Function(nameof(CareSheetWithdrawn))]
    [Description("Tells the approvers of a withdrawn sheet (still pending) that no decision is needed, and HR when it was already approved.")]
    public async Task<bool> CareSheetWithdrawn([ActivityTrigger] ApprovalRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var sheet = await store.GetAsync(run.SheetId);
        if (sheet is null || sheet.Version != run.Version || sheet.State != CareSheetState.Withdrawn)
        {
            return false;
        }

        if (sheet.DecidedBy is null)
        {
            var owner = await roster.GetPersonAsync(sheet.OwnerId, sheet.SnapshotId);
            foreach (var approverId in sheet.Approvers)
            {
                if (await roster.GetPersonAsync(approverId, sheet.SnapshotId) is { } approver)
                {
                    var values = Values(sheet, owner, approver.Language);
                    await SendAsync(CareSheetMails.One(Key(sheet, "withdrawn", approverId), approver.Language, CareSheetMails.WithdrawnSubject,
                        CareSheetMails.WithdrawnBody,
                        approver.Email, approver.Name, values));
                }
            }
        }
        else
        {
            await MailHrAsync(sheet, "withdrawn");
        }

        return true;
    }

    private static SheetSignal? Settled(CareSheet? sheet, ApprovalRun run) => SettledSignal(sheet, run.Version);

    /// <summary>What happened to a version according to the stored sheet (decided, withdrawn, superseded), or null while it is pending.</summary>
    public static SheetSignal? SettledSignal(CareSheet? sheet, int version) => sheet switch
    {
        null => new SheetSignal(SignalKind.Withdrawn),
        _ when sheet.Version != version => new SheetSignal(SignalKind.Superseded),
        { State: CareSheetState.Withdrawn } => new SheetSignal(SignalKind.Withdrawn),
        { State: CareSheetState.Pending } => null,
        _ => new SheetSignal(SignalKind.Decided),
    };

    private Task<bool> SendLinkAsync(CareSheet sheet, string approverId, string message, Text subject, Text body, IReadOnlyDictionary<string,
        string>? extra) =>
        linkMailer.SendAsync(sheet, approverId, message, subject, body, extra);

    private async Task MailOwnerAsync(CareSheet sheet, StaffMember? owner, string message, Text subject, Text body)
    {
        if (owner is null)
        {
            LogNoOwner(sheet.Id, sheet.Version);
            return;
        }

        var values = Values(sheet, owner, owner.Language);
        await SendAsync(CareSheetMails.One(Key(sheet, message, owner.StaffId), owner.Language, subject, body, owner.Email, owner.Name, values));
    }

    private async Task MailHrAsync(CareSheet sheet, string message) =>
        await MailHrAsync(sheet, await roster.GetPersonAsync(sheet.OwnerId, sheet.SnapshotId), message);

    private async Task MailHrAsync(CareSheet sheet, StaffMember? owner, string message)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.HrEmail))
        {
            return;
        }

        var values = Values(sheet, owner, Language.Ja);
        values["bureau"] = owner?.BureauName ?? sheet.BureauCode;
        await SendAsync(CareSheetMails.One(Key(sheet, message, "hr"), Language.Ja, CareSheetMails.HrSubject, CareSheetMails.HrBody, o.HrEmail,
            o.HrName, values));
    }

    /// <summary>Tells HR a pending sheet has nobody deciding; the mail names no content, only who and why, and links the sheet's page (HR may read
    /// it).</summary>
    private async Task MailHrStalledAsync(CareSheet sheet, string message, Text why)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.HrEmail))
        {
            LogNoHrMailbox(sheet.Id, sheet.Version);
            return;
        }

        var owner = await roster.GetPersonAsync(sheet.OwnerId, sheet.SnapshotId);
        var values = Values(sheet, owner, Language.Ja);
        values["bureau"] = owner?.BureauName ?? sheet.BureauCode;
        values["why"] = why.In(Language.Ja);
        values["page"] = app.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/') + "/care-sheets/" + sheet.Id;
        await SendAsync(CareSheetMails.One(Key(sheet, message, "hr"), Language.Ja, CareSheetMails.StalledSubject, CareSheetMails.StalledBody,
            o.HrEmail, o.HrName, values));
        LogStalled(sheet.Id, sheet.Version, message);
    }

    private Dictionary<string, string> Values(CareSheet sheet, StaffMember? owner, Language language) => linkMailer.Values(sheet, owner, language);

    private async Task SendAsync(MailBatch batch) => await mailer.SendAsync(batch, CancellationToken.None);

    private static string Key(CareSheet sheet, string message, string recipient) => ApprovalLinkMailer.Key(sheet, message, recipient);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Care sheet {SheetId} v{Version}: approval requested; reminder at {ReminderAt:O}, escalation at {EscalateAt:O}")]
    private partial void LogOpened(string sheetId, int version, DateTimeOffset reminderAt, DateTimeOffset escalateAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Care sheet {SheetId} v{Version}: nobody is deciding ({Why}); HR told")]
    private partial void LogStalled(string sheetId, int version, string why);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Care sheet {SheetId} v{Version}: nobody is deciding, and no HR mailbox (CareSheets:HrEmail) is set to tell")]
    private partial void LogNoHrMailbox(string sheetId, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Care sheet {SheetId} v{Version}: the owner is not in the roster snapshot; no mail sent")]
    private partial void LogNoOwner(string sheetId, int version);
}
