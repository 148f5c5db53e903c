using System.ComponentModel;
using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Transformation.CareSheets.Approval;
using Transformation.CareSheets.Sheets;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;

namespace Transformation.CareSheets.Reviews;

/// <summary>
/// The I/O of an approved sheet's active period, called by its version's orchestration: the review before it ends, the
/// milestone reviews, and its end. Each step first checks the sheet: a version no longer approved gets nothing.
/// </summary>
public sealed partial class CareSheetReviewActivities(
    CareSheetStore store,
    CareSheetAudit audit,
    RosterDirectory roster,
    ApprovalLinkMailer linkMailer,
    IMailer mailer,
    TimeProvider time,
    ILogger<CareSheetReviewActivities> log)
{
    [Function(nameof(CareSheetAskForReview))]
    [Description("Asks the owner of an approved sheet to review it before its period ends.")]
    public async Task<bool> CareSheetAskForReview([ActivityTrigger] ApprovalRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var sheet = await store.GetAsync(run.SheetId);
        if (sheet is null || sheet.Version != run.Version || sheet.State != CareSheetState.Approved)
        {
            return false;
        }

        await MailOwnerAsync(sheet, "review", CareSheetReviewMails.ReviewSubject, CareSheetReviewMails.ReviewBody);
        return true;
    }

    [Function(nameof(CareSheetAskForMilestoneReview))]
    [Description("Asks the owner of an approved childcare sheet to review it in the year a child reaches a milestone age.")]
    public async Task<bool> CareSheetAskForMilestoneReview([ActivityTrigger] MilestoneReviewRun milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var run = milestone.Run;
        var sheet = await store.GetAsync(run.SheetId);
        if (sheet is null || sheet.Version != run.Version || sheet.State != CareSheetState.Approved)
        {
            return false;
        }

        // One key per milestone instant: a retried activity sends nothing twice.
        var at = DateTime.SpecifyKind(milestone.Milestone.AtUtc, DateTimeKind.Utc);
        var message = "milestone-" + at.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        await MailOwnerAsync(sheet, message, CareSheetReviewMails.MilestoneSubject, CareSheetReviewMails.MilestoneBody,
            language => new Dictionary<string, string> { ["age"] = CareSheetReviewMails.Ages(milestone.Milestone.Ages, language) });
        LogMilestone(run.SheetId, run.Version, at);
        return true;
    }

    [Function(nameof(CareSheetEnd))]
    [Description("Ends an approved sheet whose period is over.")]
    public async Task<bool> CareSheetEnd([ActivityTrigger] ApprovalRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var change = await store.EndAsync(run.SheetId, run.Version, time.GetUtcNow());
        if (change.Done)
        {
            await audit.WriteAsync(run.SheetId, "workflow", AuditActions.End, run.Version, "workflow");
        }

        return change.Done;
    }

    private async Task MailOwnerAsync(
        CareSheet sheet, string message, Text subject, Text body, Func<Language, IReadOnlyDictionary<string, string>>? extra = null)
    {
        var owner = await roster.GetPersonAsync(sheet.OwnerId, sheet.SnapshotId);
        if (owner is null)
        {
            LogNoOwner(sheet.Id, sheet.Version);
            return;
        }

        var values = linkMailer.Values(sheet, owner, owner.Language);
        foreach (var (key, value) in extra?.Invoke(owner.Language) ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        var mailKey = ApprovalLinkMailer.Key(sheet, message, owner.StaffId);
        await mailer.SendAsync(CareSheetMails.One(mailKey, owner.Language, subject, body, owner.Email, owner.Name, values), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Care sheet {SheetId} v{Version}: milestone review of {MilestoneAt:O} asked")]
    private partial void LogMilestone(string sheetId, int version, DateTime milestoneAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Care sheet {SheetId} v{Version}: the owner is not in the roster snapshot; no mail sent")]
    private partial void LogNoOwner(string sheetId, int version);
}
