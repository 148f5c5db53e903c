using Transformation.Platform.Localization;

namespace Transformation.Attention;

/// <summary>
/// One thing that needs HR: which process and workflow instance, since when, why, and the actions that are safe for it now.
/// For a care sheet, <see cref="SheetId"/> and <see cref="Version"/> name the version (its instance id is derived from them).
/// </summary>
public sealed record AttentionItem(
    string Kind,
    string Process,
    string InstanceId,
    string? SheetId,
    int? Version,
    DateTimeOffset Since,
    IReadOnlyList<Text> Why,
    IReadOnlyList<string> Actions,
    string? RuntimeStatus)
{
    /// <summary>The page where HR can read the thing itself, if there is one.</summary>
    public string? Page => SheetId is { } id ? "/care-sheets/" + id
        : Process == AttentionProcesses.TeamUpSeason && InstanceId.StartsWith("team-up-", StringComparison.Ordinal)
            ? "/team-up/" + InstanceId["team-up-".Length..]
        : Process == AttentionProcesses.SurveyCycle && AttentionProcesses.SurveyCycleId(InstanceId) is { } cycle ? "/surveys/" + cycle + "/results"
        : Process == AttentionProcesses.ThreeSixtyRound ? "/360/rounds"
        : Process == AttentionProcesses.Overtime ? AttentionProcesses.OvertimePage(InstanceId)
        : null;
}

/// <summary>What an item is.</summary>
public static class AttentionKinds
{
    /// <summary>A care-sheet version has waited for a decision longer than the setting, or its approvers are gone.</summary>
    public const string ApprovalWaiting = "approval-waiting";

    /// <summary>A workflow failed (its activities exhausted their retries).</summary>
    public const string WorkflowFailed = "workflow-failed";

    /// <summary>A care-sheet version awaits a decision but has no workflow (it never started, or was terminated).</summary>
    public const string WorkflowMissing = "workflow-missing";

    /// <summary>The stored state says the event happened, but the workflow is still waiting for it.</summary>
    public const string EventLost = "event-lost";
}

/// <summary>The actions HR can take on an item. Each is offered only where it is safe.</summary>
public static class AttentionActionNames
{
    public const string Remind = "remind";
    public const string Reassign = "reassign";
    public const string Resume = "resume";
    public const string Resignal = "resignal";

    public static readonly IReadOnlyList<string> All = [Remind, Reassign, Resume, Resignal];
}

/// <summary>The processes whose workflows are watched, by the prefix of their instance ids.</summary>
public static class AttentionProcesses
{
    public const string CareSheet = "care-sheet";
    public const string SurveyCycle = "survey-cycle";
    public const string TeamUpSeason = "team-up-season";
    public const string ThreeSixtyRound = "three-sixty-round";
    public const string Overtime = "overtime";

    /// <summary>The process of a top-level instance, or null for one that is not watched (a survey phase's sub-orchestration).</summary>
    public static string? Of(string instanceId)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        if (instanceId.Contains(':', StringComparison.Ordinal))
        {
            return null; // a phase of a survey cycle: its parent fails with it, and the parent is what starts again
        }

        return instanceId.StartsWith("caresheet-", StringComparison.Ordinal) ? CareSheet
            : instanceId.StartsWith("survey-", StringComparison.Ordinal) ? SurveyCycle
            : instanceId.StartsWith("team-up-", StringComparison.Ordinal) ? TeamUpSeason
            : instanceId.StartsWith("three-sixty-", StringComparison.Ordinal) ? ThreeSixtyRound
            : instanceId.StartsWith("overtime-", StringComparison.Ordinal) || instanceId.StartsWith("interview-", StringComparison.Ordinal)
                ? Overtime
            : null;
    }

    /// <summary>
    /// HR's page of an overtime workflow: the day of a request's ("overtime-{staff}-{yyyyMMdd}-v{n}"), the ministry summary of
    /// a month's run ("overtime-summary-yyyy-MM"); none for an interview flag's (HR does not read the health office's list).
    /// </summary>
    public static string? OvertimePage(string instanceId)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        const string summary = "overtime-summary-";
        if (instanceId.StartsWith(summary, StringComparison.Ordinal))
        {
            return "/overtime/summary/ministry?month=" + instanceId[summary.Length..];
        }

        var parts = instanceId.Split('-');
        return parts is ["overtime", var staff, var day, _] && day.Length == 8
            ? $"/overtime/approvals/{staff}/{day[..4]}-{day[4..6]}-{day[6..]}"
            : null;
    }

    /// <summary>The cycle id of a survey cycle's or follow-through's instance.</summary>
    public static string? SurveyCycleId(string instanceId)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        foreach (var prefix in (string[])["survey-cycle-", "survey-follow-through-"])
        {
            if (instanceId.StartsWith(prefix, StringComparison.Ordinal))
            {
                return instanceId[prefix.Length..];
            }
        }

        return null;
    }

    /// <summary>The sheet and version of a care-sheet instance id ("caresheet-{sheet}-v{version}").</summary>
    public static (string SheetId, int Version)? SheetOf(string instanceId)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        const string prefix = "caresheet-";
        var at = instanceId.LastIndexOf("-v", StringComparison.Ordinal);
        if (!instanceId.StartsWith(prefix, StringComparison.Ordinal) || at <= prefix.Length
            || !int.TryParse(
                instanceId.AsSpan(at + 2),
                System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture,
                out var version)
            || version < 1)
        {
            return null;
        }

        return (instanceId[prefix.Length..at], version);
    }
}
