using System.Globalization;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Transformation.CareSheets;
using Transformation.CareSheets.Approval;
using Transformation.CareSheets.Sheets;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Scheduling;
using Transformation.TeamUp.Seasons;
using Transformation.TeamUp.Workflow;

namespace Transformation.Attention;

/// <summary>
/// Works out what needs HR, from the stored state and the durable engine's instance status, changing nothing:
/// care-sheet versions waiting too long or for someone who is gone, workflows that failed or never started, and
/// workflows still waiting for an event the stored state says has happened. The same judgement answers the list and
/// checks each action just before it runs (<see cref="ItemAsync"/>), so an action is refused once it is no longer needed.
/// </summary>
public sealed class AttentionFinder(
    CareSheetStore sheets,
    RosterDirectory roster,
    SeasonStore seasons,
    BusinessCalendar calendar,
    JapanTime japanTime,
    TimeProvider time,
    IOptions<AttentionOptions> options,
    IOptions<CareSheetOptions> careSheetOptions)
{
    private static readonly JsonSerializerOptions StatusJson = new(JsonSerializerDefaults.Web);

    /// <summary>Everything that needs HR now, oldest first.</summary>
    public async Task<IReadOnlyList<AttentionItem>> ListAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var items = new Dictionary<string, AttentionItem>(StringComparer.Ordinal);
        var index = await CurrentRosterAsync(cancellationToken);

        // Versions awaiting a decision: each one's instance (a few hundred at most).
        foreach (var sheet in await sheets.ListAsync(state: CareSheetState.Pending, cancellationToken: cancellationToken))
        {
            var instanceId = ApprovalRun.InstanceIdOf(sheet.Id, sheet.Version);
            var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
            if (await CareSheetItemAsync(sheet, sheet.Version, instanceId, instance, index, cancellationToken) is { } item)
            {
                items[item.InstanceId] = item;
            }
        }

        // Failed workflows of every process.
        await foreach (var instance in client.GetAllInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed] })
            .WithCancellation(cancellationToken))
        {
            if (!items.ContainsKey(instance.InstanceId) && await ItemOfAsync(instance.InstanceId, instance, index, cancellationToken) is { } item)
            {
                items[item.InstanceId] = item;
            }
        }

        // Workflows waiting for a person's event: care-sheet versions and Team-Up seasons (their custom status says what they wait for).
        foreach (var prefix in (string[])["caresheet-", "team-up-"])
        {
            var running = new OrchestrationQuery
            {
                Statuses = [OrchestrationRuntimeStatus.Running],
                InstanceIdPrefix = prefix,
                FetchInputsAndOutputs = true,
            };
            await foreach (var instance in client.GetAllInstancesAsync(running).WithCancellation(cancellationToken))
            {
                if (!items.ContainsKey(instance.InstanceId) && await ItemOfAsync(instance.InstanceId, instance, index, cancellationToken) is { } item)
                {
                    items[item.InstanceId] = item;
                }
            }
        }

        return [.. items.Values.OrderBy(i => i.Since).ThenBy(i => i.InstanceId, StringComparer.Ordinal)];
    }

    /// <summary>The item of one workflow instance as it stands now, or null when nothing about it needs HR.</summary>
    public async Task<AttentionItem?> ItemAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (AttentionProcesses.Of(instanceId) is null)
        {
            return null;
        }

        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        return await ItemOfAsync(instanceId, instance, await CurrentRosterAsync(cancellationToken), cancellationToken);
    }

    private async Task<AttentionItem?> ItemOfAsync(
        string instanceId,
        OrchestrationMetadata? instance,
        RosterIndex? index,
        CancellationToken cancellationToken)
    {
        var process = AttentionProcesses.Of(instanceId);
        if (process == AttentionProcesses.CareSheet)
        {
            if (AttentionProcesses.SheetOf(instanceId) is not var (sheetId, version))
            {
                return null;
            }

            var sheet = await sheets.GetAsync(sheetId, cancellationToken);
            return sheet is null ? null : await CareSheetItemAsync(sheet, version, instanceId, instance, index, cancellationToken);
        }

        if (instance is null || process is null)
        {
            return null;
        }

        if (instance.RuntimeStatus == OrchestrationRuntimeStatus.Failed)
        {
            return Failed(process, instance, null, null, [AttentionActionNames.Resume]);
        }

        return process == AttentionProcesses.TeamUpSeason ? await SeasonItemAsync(instance, cancellationToken) : null;
    }

    private async Task<AttentionItem?> CareSheetItemAsync(
        CareSheet sheet, int version, string instanceId, OrchestrationMetadata? instance, RosterIndex? index, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = sheet.Version == version;
        if (current && sheet.State == CareSheetState.Pending)
        {
            if (instance is null || instance.RuntimeStatus is OrchestrationRuntimeStatus.Terminated)
            {
                var since = await sheets.VersionSubmittedAtAsync(sheet.Id, version, cancellationToken) ?? sheet.UpdatedAt;
                return new AttentionItem(AttentionKinds.WorkflowMissing, AttentionProcesses.CareSheet, instanceId, sheet.Id, version, since,
                    [AttentionTexts.NoWorkflow], [AttentionActionNames.Resume], instance?.RuntimeStatus.ToString());
            }

            if (instance.RuntimeStatus == OrchestrationRuntimeStatus.Failed)
            {
                return Failed(AttentionProcesses.CareSheet, instance, sheet.Id, version, [AttentionActionNames.Resume]);
            }

            return await WaitingAsync(sheet, instance, index, now, cancellationToken);
        }

        if (instance is null)
        {
            return null;
        }

        if (instance.RuntimeStatus == OrchestrationRuntimeStatus.Failed)
        {
            // After the decision a restart would begin at the approval again and find nothing pending: the notices and the
            // review of an approved sheet would still not come. Only a superseded version's failure needs nothing.
            return current
                ? Failed(AttentionProcesses.CareSheet, instance, sheet.Id, version, [], AttentionTexts.FailedAfterDecision)
                : null;
        }

        if (instance.RuntimeStatus == OrchestrationRuntimeStatus.Running
            && CustomStatus<string>(instance) == ApprovalStage.AwaitingDecision
            && CareSheetActivities.SettledSignal(sheet, version) is { } settled
            && sheet.UpdatedAt <= now - options.Value.LostEventAfter
            && instance.LastUpdatedAt <= now - options.Value.LostEventAfter)
        {
            var why = settled.Kind switch
            {
                SignalKind.Withdrawn => AttentionTexts.WithdrawalNotSeen,
                SignalKind.Superseded => AttentionTexts.RevisionNotSeen,
                _ => AttentionTexts.DecisionNotSeen,
            };
            return new AttentionItem(AttentionKinds.EventLost, AttentionProcesses.CareSheet, instanceId, sheet.Id, version, sheet.UpdatedAt,
                [why], [AttentionActionNames.Resignal], instance.RuntimeStatus.ToString());
        }

        return null;
    }

    /// <summary>
    /// A version awaiting a decision (its workflow alive): listed once it has waited longer than the setting,
    /// or at once when no approver is left.
    /// </summary>
    private async Task<AttentionItem?> WaitingAsync(CareSheet sheet, OrchestrationMetadata instance, RosterIndex? index, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var submitted = await sheets.VersionSubmittedAtAsync(sheet.Id, sheet.Version, cancellationToken) ?? sheet.SubmittedAt;
        var o = options.Value;
        var due = o.Waiting.After(submitted, calendar, japanTime.Zone, careSheetOptions.Value.DueAt);
        var gone = index is null ? [] : sheet.Approvers.Where(a => index.Person(a) is null).ToList();
        var remaining = sheet.Approvers.Count - gone.Count;
        if (now < due && (gone.Count == 0 || index is null))
        {
            return null;
        }

        var why = new List<Text>();
        if (now >= due)
        {
            why.Add(AttentionTexts.WaitingLonger(o.Waiting, DisplayDates.Format(japanTime.ToLocal(submitted), Language.Ja),
                DisplayDates.Format(japanTime.ToLocal(submitted), Language.En)));
        }

        foreach (var id in gone)
        {
            var name = (await roster.GetPersonAsync(id, sheet.SnapshotId, cancellationToken))?.Name;
            why.Add(AttentionTexts.ApproverGone(name is null ? id : $"{name} ({id})"));
        }

        if (sheet.Approvers.Count > 1)
        {
            why.Add(AttentionTexts.Escalated);
        }
        else if (sheet.Approvers.Count == 1
            && await roster.GetSupervisorChainAsync(sheet.Approvers[0], sheet.SnapshotId, cancellationToken) is { Count: 0 })
        {
            why.Add(AttentionTexts.NobodyAbove);
        }

        List<string> actions = remaining > 0 ? [AttentionActionNames.Remind] : [];
        if (index is not null)
        {
            actions.Add(AttentionActionNames.Reassign);
        }

        return new AttentionItem(AttentionKinds.ApprovalWaiting, AttentionProcesses.CareSheet, instance.InstanceId, sheet.Id, sheet.Version,
            submitted, why, actions, instance.RuntimeStatus.ToString());
    }

    /// <summary>A season waiting for HR's award decision or panel that is already stored, since before the grace.</summary>
    private async Task<AttentionItem?> SeasonItemAsync(OrchestrationMetadata instance, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var grace = options.Value.LostEventAfter;
        if (instance.RuntimeStatus != OrchestrationRuntimeStatus.Running || instance.LastUpdatedAt > now - grace
            || CustomStatus<SeasonStatus>(instance) is not { } status)
        {
            return null;
        }

        var seasonId = instance.InstanceId["team-up-".Length..];
        if (status.Phase == SeasonPhase.AwaitingConfirmation && await seasons.GetAwardAsync(seasonId, cancellationToken) is { } award
            && award.DecidedAtUtc <= now - grace)
        {
            return new AttentionItem(AttentionKinds.EventLost, AttentionProcesses.TeamUpSeason, instance.InstanceId, null, null, award.DecidedAtUtc,
                [AttentionTexts.AwardNotSeen], [AttentionActionNames.Resignal], instance.RuntimeStatus.ToString());
        }

        if (status.Phase == SeasonPhase.AwaitingPanel && await seasons.GetAsync(seasonId, cancellationToken) is { Panel.Count: > 0 })
        {
            return new AttentionItem(AttentionKinds.EventLost, AttentionProcesses.TeamUpSeason, instance.InstanceId, null, null,
                instance.LastUpdatedAt, [AttentionTexts.PanelNotSeen], [AttentionActionNames.Resignal], instance.RuntimeStatus.ToString());
        }

        return null;
    }

    private static AttentionItem Failed(string process, OrchestrationMetadata instance, string? sheetId, int? version, IReadOnlyList<string> actions,
        Text? more = null)
    {
        var error = instance.FailureDetails?.ErrorType ?? "";
        return new AttentionItem(AttentionKinds.WorkflowFailed, process, instance.InstanceId, sheetId, version, instance.LastUpdatedAt,
            more is null ? [AttentionTexts.WorkflowFailed(error)] : [AttentionTexts.WorkflowFailed(error), more],
            actions, instance.RuntimeStatus.ToString());
    }

    private async Task<RosterIndex?> CurrentRosterAsync(CancellationToken cancellationToken) =>
        await roster.CurrentSnapshotIdAsync(cancellationToken) is null ? null : await roster.GetIndexAsync(cancellationToken: cancellationToken);

    private static T? CustomStatus<T>(OrchestrationMetadata instance)
    {
        if (instance.SerializedCustomStatus is not { Length: > 0 } text)
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, StatusJson);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>For tests and the docs: the setting as people read it.</summary>
    public static string Describe(Deadline deadline, Language language)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var n = deadline.Days.ToString(CultureInfo.InvariantCulture);
        return deadline.Unit switch
        {
            DeadlineUnit.BusinessDays => language.Pick($"{n}営業日", $"{n} business days"),
            DeadlineUnit.CalendarDays => language.Pick($"{n}日", $"{n} days"),
            _ => deadline.Span.ToString("c", CultureInfo.InvariantCulture),
        };
    }
}
