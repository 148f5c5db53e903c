using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.CareSheets.Sheets;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Platform.Scheduling;

namespace Transformation.CareSheets.Approval;

/// <summary>
/// Issues an approval link to one approver and mails it in the same step, so the token never leaves this call (never in
/// orchestration history, never in a log). Used by the workflow's activities and by HR's attention actions. The mail's key
/// makes it idempotent: a second call with the same key issues a link but sends nothing, so the link already mailed stays
/// the one that works.
/// </summary>
public sealed partial class ApprovalLinkMailer(
    RosterDirectory roster,
    ActionLinks links,
    IMailer mailer,
    MailLog mailLog,
    BusinessCalendar calendar,
    JapanTime japanTime,
    TimeProvider time,
    IOptions<CareSheetOptions> options,
    IOptions<AppOptions> app,
    ILogger<ApprovalLinkMailer> log)
{
    /// <summary>
    /// A fresh link to each of <paramref name="approvers"/>, so only the newest link works: the earlier links are revoked
    /// first, once. If this message already reached anyone (a repeat after a crash), their link was issued after the
    /// revocation and must keep working, so nothing is revoked and only those not yet mailed are. Returns how many have it.
    /// </summary>
    public async Task<int> RemindAllAsync(CareSheet sheet, IReadOnlyList<string> approvers, string message, Text subject, Text body)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(approvers);
        var sent = new List<string>();
        foreach (var approver in approvers)
        {
            if ((await mailLog.ReadAsync(Key(sheet, message, approver), CancellationToken.None)).Count > 0)
            {
                sent.Add(approver);
            }
        }

        if (sent.Count == 0)
        {
            await links.RevokeAllAsync(sheet.LinkResource);
        }

        var reminded = sent.Count;
        foreach (var approver in approvers.Except(sent))
        {
            if (await SendAsync(sheet, approver, message, subject, body, null))
            {
                reminded++;
            }
        }

        return reminded;
    }

    /// <summary>
    /// Mails <paramref name="approverId"/> a fresh link to decide the sheet's current version. The approver is looked up in the
    /// sheet's roster snapshot, else in the current roster (someone HR gave the decision to may have joined since).
    /// False when they are in neither (nothing is sent).
    /// </summary>
    public async Task<bool> SendAsync(CareSheet sheet, string approverId, string message, Text subject, Text body,
        IReadOnlyDictionary<string, string>? extra)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var approver = await roster.GetPersonAsync(approverId, sheet.SnapshotId)
            ?? (await roster.CurrentSnapshotIdAsync() is not null ? await roster.GetPersonAsync(approverId) : null);
        var owner = await roster.GetPersonAsync(sheet.OwnerId, sheet.SnapshotId);
        if (approver is null)
        {
            LogNoApprover(sheet.Id, sheet.Version);
            return false;
        }

        var now = time.GetUtcNow();
        var expires = options.Value.LinkValidity.After(now, calendar, japanTime.Zone, options.Value.DueAt);
        var link = await links.IssueAsync(CareSheetLinks.Purpose, approverId, sheet.LinkResource, sheet.Version, expires, approver.Language);
        var values = Values(sheet, owner, approver.Language);
        values["link"] = link.Url.AbsoluteUri;
        values["expires"] = DisplayDates.Format(japanTime.ToLocal(expires), approver.Language);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        await mailer.SendAsync(CareSheetMails.One(Key(sheet, message, approverId), approver.Language, subject, body, approver.Email, approver.Name,
            values),
            CancellationToken.None);
        return true;
    }

    /// <summary>The values every sheet mail fills in. Never the sheet's content.</summary>
    public Dictionary<string, string> Values(CareSheet sheet, StaffMember? owner, Language language)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var site = app.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/');
        return new(StringComparer.Ordinal)
        {
            ["employee"] = owner?.Name ?? sheet.OwnerName,
            ["kind"] = CareSheetLabels.Of(sheet.Kind).In(language),
            ["version"] = sheet.Version.ToString(CultureInfo.InvariantCulture),
            ["state"] = CareSheetLabels.Of(sheet.State).In(language),
            ["decider"] = sheet.DecidedByName ?? "",
            ["comment"] = sheet.DecisionComment ?? "",
            ["period"] = $"{sheet.PeriodFrom:yyyy-MM-dd} – {sheet.PeriodTo:yyyy-MM-dd}",
            ["end"] = sheet.PeriodTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["page"] = site + "/care-sheets",
            ["edit"] = site + "/care-sheets/" + Uri.EscapeDataString(sheet.Id) + "/edit",
            ["sheet"] = site + "/care-sheets/" + Uri.EscapeDataString(sheet.Id),
        };
    }

    /// <summary>The idempotency key of one sheet mail: sheet, version, which message, to whom.</summary>
    public static string Key(CareSheet sheet, string message, string recipient)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return $"caresheet:{sheet.Id}:v{sheet.Version}:{message}:{recipient}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Care sheet {SheetId} v{Version}: an approver is not in the roster; no link sent")]
    private partial void LogNoApprover(string sheetId, int version);
}
