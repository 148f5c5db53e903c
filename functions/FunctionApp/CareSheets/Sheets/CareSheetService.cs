using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Transformation.CareSheets.Approval;
using Transformation.CareSheets.Submission;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Durable;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.Sheets;

/// <summary>
/// The changes people make to sheets, shared by the API, the pages and the approval links: submit,
/// revise, decide, withdraw. Each writes the sheet first (one conditional write) and then wakes or starts
/// the version's orchestration; the write is the fact, the event only tells the workflow. Nothing after the first write
/// listens to the request's cancellation: a client that goes away cannot leave half a change (a sheet without its
/// workflow, a decision without its audit row). Instance ids are derived from the sheet and version, so a repeat finds
/// the instance already there.
/// </summary>
public sealed partial class CareSheetService(
    CareSheetStore store,
    CareSheetAudit audit,
    RosterDirectory roster,
    ActionLinks links,
    JapanTime japanTime,
    TimeProvider time,
    ILogger<CareSheetService> log)
{
    public const int MaxCommentLength = 1000;

    public DateOnly Today => japanTime.DateOf(time.GetUtcNow());

    public async Task<SubmissionOutcome> SubmitAsync(
        Caller caller, CareSheetInput input, DurableTaskClient client, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(client);
        var validation = CareSheetValidator.Validate(input, Today);
        if (!validation.IsValid)
        {
            return SubmissionOutcome.Failed(StatusCodes.Status400BadRequest, new("入力内容に誤りがあります。", "Some fields are not valid."), validation.Errors);
        }

        var route = await RouteAsync(caller, cancellationToken);
        if (route.Failure is not null)
        {
            return route.Failure;
        }

        var now = time.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        var owner = route.Owner!;
        await store.CreateAsync(new NewSheet(id, owner, route.SnapshotId!, validation.Content!, route.First!), now, cancellationToken);
        var run = new ApprovalRun(id, 1, now.UtcDateTime, route.First!, route.Escalation);
        try
        {
            await StartAsync(client, run);
        }
        catch (Exception e)
        {
            // Never a sheet without its workflow: take the rows back out and tell the employee to try again.
            LogStartFailed(e, id, 1);
            await store.DeleteAsync(id, CancellationToken.None);
            return SubmissionOutcome.Failed(StatusCodes.Status503ServiceUnavailable,
                new("ただいま提出を受け付けられません。しばらくしてからもう一度お試しください。", "The sheet could not be submitted now. Please try again in a little while."));
        }

        await audit.WriteAsync(id, caller.StaffId, AuditActions.Submit, 1, channel, cancellationToken: CancellationToken.None);
        LogSubmitted(id, 1);
        return SubmissionOutcome.Done((await store.GetAsync(id, CancellationToken.None))!);
    }

    public async Task<SubmissionOutcome> ReviseAsync(
        Caller caller, string id, CareSheetInput input, DurableTaskClient client, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(client);
        var sheet = await store.GetAsync(id, cancellationToken);
        if (sheet is null || !CareSheetAccess.MayRead(caller, sheet))
        {
            return SubmissionOutcome.Failed(StatusCodes.Status404NotFound, NotFoundText);
        }

        if (!CareSheetAccess.IsOwner(caller, sheet))
        {
            return SubmissionOutcome.Failed(StatusCodes.Status403Forbidden, new("シートを修正できるのは本人だけです。", "Only the employee can revise their sheet."));
        }

        var validation = CareSheetValidator.Validate(input, Today);
        if (!validation.IsValid)
        {
            return SubmissionOutcome.Failed(StatusCodes.Status400BadRequest, new("入力内容に誤りがあります。", "Some fields are not valid."), validation.Errors);
        }

        var route = await RouteAsync(caller, cancellationToken);
        if (route.Failure is not null)
        {
            return route.Failure;
        }

        var now = time.GetUtcNow();
        var change = await store.ReviseAsync(id, validation.Content!, route.SnapshotId!, route.First!, now, cancellationToken);
        if (!change.Done)
        {
            return SubmissionOutcome.Failed(StatusCodes.Status409Conflict,
                new("このシートは承認待ちまたは差戻しのときだけ修正できます。", "A sheet can be revised only while it awaits approval or was returned."));
        }

        var revised = change.After!;
        if (change.Before!.State == CareSheetState.Pending)
        {
            await SignalAsync(client, id, change.Before.Version, SignalKind.Superseded);
        }

        // The new version is stored: from here on the change is completed whatever the client does. Should the engine
        // refuse the start, the version waits without a workflow and HR's attention page offers to resume it.
        var run = new ApprovalRun(id, revised.Version, now.UtcDateTime, route.First!, route.Escalation);
        await audit.WriteAsync(id, caller.StaffId, AuditActions.Revise, revised.Version, channel, cancellationToken: CancellationToken.None);
        try
        {
            await StartAsync(client, run);
        }
        catch (Exception e)
        {
            LogStartFailed(e, id, revised.Version);
        }

        LogSubmitted(id, revised.Version);
        return SubmissionOutcome.Done(revised);
    }

    /// <summary>Records an approver's decision (the caller has checked they may make it) and wakes the workflow.</summary>
    public async Task<DecisionResult> DecideAsync(
        string id, int version, string deciderId, CareDecision decision, string? comment, DurableTaskClient client, string channel,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var errors = CommentErrors(decision, comment);
        if (errors.Count > 0)
        {
            return new DecisionResult(DecisionOutcomeKind.Invalid, await store.GetAsync(id, cancellationToken), errors);
        }

        var sheet = await store.GetAsync(id, cancellationToken);
        var decider = sheet is null ? null : await roster.GetPersonAsync(deciderId, sheet.SnapshotId, cancellationToken);
        var claim = await store.TryDecideAsync(
            id, version, deciderId, decider?.Name ?? deciderId, decision, comment?.Trim(), time.GetUtcNow(), cancellationToken);
        if (!claim.Won)
        {
            return new DecisionResult(DecisionOutcomeKind.TooLate, claim.Sheet, []);
        }

        await audit.WriteAsync(id, deciderId, AuditActions.Decide, version, channel, CareSheetLabels.Code(decision), CancellationToken.None);
        await SignalAsync(client, id, version, SignalKind.Decided);
        return new DecisionResult(DecisionOutcomeKind.Recorded, claim.Sheet, []);
    }

    /// <summary>Withdraws the caller's own sheet: revokes every link and ends whatever its workflow waits for.</summary>
    public async Task<SheetChange> WithdrawAsync(
        Caller caller, string id, DurableTaskClient client, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(client);
        var change = await store.WithdrawAsync(id, time.GetUtcNow(), cancellationToken);
        if (!change.Done)
        {
            return change;
        }

        var before = change.Before!;
        await links.RevokeAllAsync(before.LinkResource, CancellationToken.None);
        await audit.WriteAsync(id, caller.StaffId, AuditActions.Withdraw, before.Version, channel, cancellationToken: CancellationToken.None);
        if (before.State is CareSheetState.Pending or CareSheetState.Approved)
        {
            await SignalAsync(client, id, before.Version, SignalKind.Withdrawn);
        }

        return change;
    }

    public static IReadOnlyList<FieldError> CommentErrors(CareDecision decision, string? comment)
    {
        if (decision != CareDecision.Approve && string.IsNullOrWhiteSpace(comment))
        {
            return [new FieldError("comment", new Text("差戻し・却下にはコメントが必要です。", "A comment is required to return or decline a sheet."))];
        }

        return comment is { Length: > MaxCommentLength }
            ? [new FieldError("comment", new Text($"コメントは{MaxCommentLength}文字以内で入力してください。", $"Use at most {MaxCommentLength} characters."))]
            : [];
    }

    public static readonly Text NotFoundText = new("シートが見つかりません。", "No such sheet.");

    private async Task<ApprovalRoute> RouteAsync(Caller caller, CancellationToken cancellationToken)
    {
        var snapshotId = await roster.CurrentSnapshotIdAsync(cancellationToken);
        if (snapshotId is null)
        {
            return ApprovalRoute.Fail(SubmissionOutcome.Failed(StatusCodes.Status409Conflict,
                new("職員名簿がまだ登録されていません。人事課にお問い合わせください。", "The staff roster has not been imported yet. Please contact HR.")));
        }

        var owner = await roster.GetPersonAsync(caller.StaffId, snapshotId, cancellationToken);
        if (owner is null)
        {
            return ApprovalRoute.Fail(SubmissionOutcome.Failed(StatusCodes.Status403Forbidden,
                new("職員名簿に登録されていないため提出できません。人事課にお問い合わせください。",
                    "You are not in the staff roster, so you cannot submit a sheet. Please contact HR.")));
        }

        var chain = await roster.GetSupervisorChainAsync(caller.StaffId, snapshotId, cancellationToken) ?? [];
        if (chain.Count == 0)
        {
            return ApprovalRoute.Fail(SubmissionOutcome.Failed(StatusCodes.Status409Conflict,
                new("職員名簿に上司が登録されていないため、承認者がいません。人事課にお問い合わせください。",
                    "The roster names no supervisor for you, so there is nobody to approve the sheet. Please contact HR.")));
        }

        return new ApprovalRoute(snapshotId, owner, chain[0].StaffId, chain.Count > 1 ? chain[1].StaffId : null, null);
    }

    /// <summary>
    /// Starts the version's workflow, tried three times; a start that finds the instance (an earlier try that went through
    /// before its answer was lost) counts as started.
    /// </summary>
    public static async Task StartAsync(DurableTaskClient client, ApprovalRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnce.StartAsync(client, nameof(CareSheetOrchestrator.CareSheetApproval), run, run.InstanceId, CancellationToken.None);
                return;
            }
            catch (Exception) when (attempt < 3)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt), CancellationToken.None);
            }
        }
    }

    private async Task SignalAsync(DurableTaskClient client, string id, int version, SignalKind kind)
    {
        try
        {
            await client.RaiseEventAsync(ApprovalRun.InstanceIdOf(id, version), SheetSignal.EventName, new SheetSignal(kind), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change is already on the sheet; the workflow reads it at its next re-check (CareSheets:RecheckEvery).
            LogSignalFailed(e, id, version, kind);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Care sheet {SheetId} v{Version} submitted")]
    private partial void LogSubmitted(string sheetId, int version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Care sheet {SheetId} v{Version}: the approval workflow could not be started")]
    private partial void LogStartFailed(Exception exception, string sheetId, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Care sheet {SheetId} v{Version}: signal {Signal} could not be raised")]
    private partial void LogSignalFailed(Exception exception, string sheetId, int version, SignalKind signal);
}
