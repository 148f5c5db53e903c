using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.CareSheets.Approval;
using Transformation.CareSheets.Sheets;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Security;
using Transformation.TeamUp.Seasons;

namespace Transformation.Attention;

/// <summary>
/// HR's actions on the attention list: remind again, reassign, resume, re-signal. Each is claimed under its action id
/// first (<see cref="AttentionActionLog"/>), then checked against the item as it stands now (refused with 409 when no longer
/// needed), then carried out with steps that can each be repeated, then recorded with its outcome. So a repeat of an action
/// answers what the first did and sends nothing again, and a run that died part-way is finished by the next repeat.
/// </summary>
public sealed partial class AttentionActions(
    AttentionFinder finder,
    AttentionActionLog actions,
    CareSheetStore sheets,
    CareSheetAudit audit,
    ApprovalLinkMailer linkMailer,
    ActionLinks links,
    MailLog mailLog,
    RosterDirectory roster,
    SeasonStore seasons,
    TimeProvider time,
    IOptions<AttentionOptions> options,
    ILogger<AttentionActions> log)
{
    public async Task<AttentionResult> PerformAsync(Caller caller, AttentionRequest request, DurableTaskClient client, string channel,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        if (Validate(request) is { Count: > 0 } errors)
        {
            return new AttentionResult(new AttentionOutcome(StatusCodes.Status400BadRequest,
                new("操作の指定に誤りがあります。", "The action is not valid.")), errors, false);
        }

        var claim = await actions.ClaimAsync(request, caller.StaffId, options.Value.ActionLease, cancellationToken);
        switch (claim.Kind)
        {
            case AttentionClaimKind.Done:
                return new AttentionResult(claim.Outcome!, [], true);
            case AttentionClaimKind.Busy:
                return new AttentionResult(new AttentionOutcome(StatusCodes.Status409Conflict, AttentionTexts.InProgress), [], false);
            case AttentionClaimKind.OtherAction:
                return new AttentionResult(new AttentionOutcome(StatusCodes.Status409Conflict, AttentionTexts.ActionIdReused), [], false);
        }

        // Claimed: from here the action is finished whatever the client does (a client gone mid-way must not leave it half done).
        var takenOver = claim.Kind == AttentionClaimKind.TakenOver;
        var (outcome, fieldErrors) = await CarryOutAsync(caller, request, client, channel, takenOver);
        if (fieldErrors.Count > 0)
        {
            // Bad input found against the stored state (e.g. not in the roster): nothing was done, so the id may be used again.
            await actions.ReleaseAsync(request.ActionId!, CancellationToken.None);
            return new AttentionResult(outcome, fieldErrors, false);
        }

        await actions.FinishAsync(request.ActionId!, outcome, CancellationToken.None);
        LogAction(request.Action!, request.InstanceId!, caller.StaffId, outcome.Status, takenOver);
        return new AttentionResult(outcome, [], false);
    }

    private async Task<(AttentionOutcome Outcome, IReadOnlyList<FieldError> Errors)> CarryOutAsync(
        Caller caller, AttentionRequest request, DurableTaskClient client, string channel, bool takenOver)
    {
        var none = CancellationToken.None;
        var action = request.Action!;
        var instanceId = request.InstanceId!;
        var item = await finder.ItemAsync(client, instanceId, none);
        var needed = item is not null && item.Actions.Contains(action);

        if (action == AttentionActionNames.Reassign)
        {
            return await ReassignAsync(caller, request, item, needed, takenOver, channel);
        }

        if (!needed)
        {
            // A run that died after its work (the workflow already runs again, or has its event) left the goal reached.
            return takenOver && action is AttentionActionNames.Resume or AttentionActionNames.Resignal
                ? (Done(action == AttentionActionNames.Resume ? AttentionTexts.Resumed : AttentionTexts.Resignalled), [])
                : (new AttentionOutcome(StatusCodes.Status409Conflict, AttentionTexts.NoLongerNeeded), []);
        }

        return action switch
        {
            AttentionActionNames.Remind => (await RemindAsync(caller, item!, request.ActionId!, channel), []),
            AttentionActionNames.Resume => (await ResumeAsync(caller, item!, client, channel), []),
            _ => (await ResignalAsync(caller, item!, client, channel), []),
        };
    }

    /// <summary>
    /// A fresh link to every approver still in the roster. The earlier links are revoked first, once: if this action's mail
    /// already reached anyone (a repeat after a crash), their link is one issued after the revocation and must keep working.
    /// </summary>
    private async Task<AttentionOutcome> RemindAsync(Caller caller, AttentionItem item, string actionId, string channel)
    {
        var sheet = (await sheets.GetAsync(item.SheetId!))!;
        var index = await roster.GetIndexAsync();
        var approvers = sheet.Approvers.Where(a => index.Person(a) is not null).ToList();
        var message = MessageOf(AttentionActionNames.Remind, actionId);
        var reminded = await linkMailer.RemindAllAsync(sheet, approvers, message, CareSheetMails.ReminderSubject, CareSheetMails.ReminderBody);
        await audit.WriteAsync(sheet.Id, caller.StaffId, AuditActions.Remind, sheet.Version, channel, actionId);
        return Done(AttentionTexts.Reminded(reminded));
    }

    /// <summary>
    /// The decision goes to one person of the current roster (not the employee): they become the only approver of the version,
    /// every earlier link stops working, and they are sent the approval request.
    /// </summary>
    private async Task<(AttentionOutcome, IReadOnlyList<FieldError>)> ReassignAsync(
        Caller caller, AttentionRequest request, AttentionItem? item, bool needed, bool takenOver, string channel)
    {
        var to = request.To!;
        var (sheetId, version) = AttentionProcesses.SheetOf(request.InstanceId!) ?? ("", 0);
        var sheet = sheetId.Length == 0 ? null : await sheets.GetAsync(sheetId);
        var resuming = takenOver && sheet is { State: CareSheetState.Pending } && sheet.Version == version && sheet.Approvers.SequenceEqual([to]);
        if (!needed && !resuming)
        {
            return (new AttentionOutcome(StatusCodes.Status409Conflict, AttentionTexts.NoLongerNeeded), []);
        }

        if (await roster.CurrentSnapshotIdAsync() is null)
        {
            return (new AttentionOutcome(StatusCodes.Status409Conflict, AttentionTexts.RosterMissing), []);
        }

        var person = await roster.GetPersonAsync(to);
        var errors = person is null
            ? [new FieldError("to", new("この職員番号の人は現在の名簿にいません。",
                "Nobody in the current roster has this staff id."))]
            : to == sheet!.OwnerId
            ? [new FieldError("to", new("シートを提出した本人には承認者を変更できません。",
                "The employee cannot approve their own sheet."))]
            : new List<FieldError>();
        if (errors.Count > 0)
        {
            return (new AttentionOutcome(StatusCodes.Status400BadRequest, errors[0].Message), errors);
        }

        var change = await sheets.ReassignAsync(sheetId, version, to, time.GetUtcNow());
        if (!change.Done)
        {
            return (new AttentionOutcome(StatusCodes.Status409Conflict, AttentionTexts.NoLongerNeeded), []);
        }

        var after = change.After!;
        var message = MessageOf(AttentionActionNames.Reassign, request.ActionId!);
        if ((await mailLog.ReadAsync(ApprovalLinkMailer.Key(after, message, to), CancellationToken.None)).Count == 0)
        {
            // Audit first: a crash after it writes it twice on the repeat, never not at all.
            await audit.WriteAsync(sheetId, caller.StaffId, AuditActions.Reassign, version, channel, to);
            await links.RevokeAllAsync(after.LinkResource);
            await linkMailer.SendAsync(after, to, message, CareSheetMails.RequestSubject, CareSheetMails.RequestBody, null);
        }

        return (Done(AttentionTexts.Reassigned($"{person!.Name} ({to})")), []);
    }

    private async Task<AttentionOutcome> ResumeAsync(Caller caller, AttentionItem item, DurableTaskClient client, string channel)
    {
        if (item.SheetId is not null)
        {
            // A version awaiting a decision whose workflow failed, never started or was stopped: start it again under the same id
            // from the stored sheet, as the submission did (StartOnce replaces a failed or terminated instance). Its first step
            // mails the request under the key already used, so the approver is not asked twice and their link keeps working.
            var sheet = (await sheets.GetAsync(item.SheetId))!;
            var submitted = await sheets.VersionSubmittedAtAsync(sheet.Id, sheet.Version) ?? sheet.UpdatedAt;
            var chain = await roster.GetSupervisorChainAsync(sheet.OwnerId, sheet.SnapshotId) ?? [];
            var run = new ApprovalRun(sheet.Id, sheet.Version, submitted.UtcDateTime, sheet.Approvers[0], chain.Count > 1 ? chain[1].StaffId : null);
            await CareSheetService.StartAsync(client, run);
        }
        else
        {
            // A failed cycle or season: the engine starts it again from its own input under the same id; every step reads
            // what is stored first and mail is keyed, so what was done before is not done twice.
            await client.RestartAsync(item.InstanceId, restartWithNewInstanceId: false, CancellationToken.None);
        }

        if (item.SheetId is { } id)
        {
            await audit.WriteAsync(id, caller.StaffId, AuditActions.Resume, item.Version ?? 0, channel);
        }

        return Done(AttentionTexts.Resumed);
    }

    private async Task<AttentionOutcome> ResignalAsync(Caller caller, AttentionItem item, DurableTaskClient client, string channel)
    {
        if (item.SheetId is { } id)
        {
            var sheet = await sheets.GetAsync(id);
            var signal = CareSheetActivities.SettledSignal(sheet, item.Version!.Value)!;
            await client.RaiseEventAsync(item.InstanceId, SheetSignal.EventName, signal, CancellationToken.None);
            await audit.WriteAsync(id, caller.StaffId, AuditActions.Resignal, item.Version.Value, channel, signal.Kind.ToString());
            return Done(AttentionTexts.Resignalled);
        }

        var seasonId = item.InstanceId["team-up-".Length..];
        if (await seasons.GetAwardAsync(seasonId) is { } award)
        {
            await client.RaiseEventAsync(item.InstanceId, SeasonEvents.AwardConfirmed, award.DecidedBy, CancellationToken.None);
        }
        else
        {
            var season = await seasons.GetAsync(seasonId);
            await client.RaiseEventAsync(item.InstanceId, SeasonEvents.PanelNamed, season?.Panel.Count ?? 0, CancellationToken.None);
        }

        return Done(AttentionTexts.Resignalled);
    }

    private static AttentionOutcome Done(Text message) => new(StatusCodes.Status200OK, message);

    /// <summary>
    /// The message part of the mail key of an action's mail: the action and a digest of its id (mail keys are at most 100
    /// characters; an action id may have 128). The same action id gives the same key, so a repeat sends nothing again.
    /// </summary>
    public static string MessageOf(string action, string actionId)
    {
        var digest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(actionId));
        return "hr-" + action + "-" + Convert.ToHexStringLower(digest)[..12];
    }

    private static List<FieldError> Validate(AttentionRequest request)
    {
        var errors = new List<FieldError>();
        if (request.Action is null || !AttentionActionNames.All.Contains(request.Action))
        {
            errors.Add(new FieldError("action", new("action は remind・reassign・resume・resignal のいずれかです。",
                "action must be remind, reassign, resume or resignal.")));
        }

        if (!RouteIds.IsPlausible(request.InstanceId))
        {
            errors.Add(new FieldError("instanceId", new("instanceId には一覧に示された項目の instanceId を指定してください。",
                "instanceId must be the instanceId of an item of the list.")));
        }

        if (!RouteIds.IsPlausible(request.ActionId))
        {
            errors.Add(new FieldError("actionId", new("actionId には、この操作に固有のID（1〜128文字の英数字と - _ . ~）を指定してください。同じ操作を繰り返すときは同じIDを使います。",
                "actionId must be an id of this action (1-128 letters, digits, '-', '_', '.', '~'); a repeat of the same action uses the same id.")));
        }

        if (request.Action == AttentionActionNames.Reassign && !RouteIds.IsPlausible(request.To))
        {
            errors.Add(new FieldError("to", new("承認者を変更するには、新しい承認者の職員番号（to）を指定してください。",
                "To reassign, give the staff id of the new approver (to).")));
        }

        return errors;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Attention: {Action} on {InstanceId} by {Actor} answered {Status} (taken over: {TakenOver})")]
    private partial void LogAction(string action, string instanceId, string actor, int status, bool takenOver);
}

/// <summary>What an action came to: its outcome, field errors for bad input, and whether it was a repeat of a finished one.</summary>
public sealed record AttentionResult(AttentionOutcome Outcome, IReadOnlyList<FieldError> Errors, bool Repeated);
