using Transformation.Platform.Localization;

namespace Transformation.Surveys.Plans;

/// <summary>Names of statuses in both languages and as the API writes them.</summary>
public static class PlanLabels
{
    public static readonly IReadOnlyList<PlanActionStatus> Statuses = Enum.GetValues<PlanActionStatus>();

    public static string Code(PlanActionStatus status) => status switch
    {
        PlanActionStatus.NotStarted => "not-started",
        PlanActionStatus.InProgress => "in-progress",
        PlanActionStatus.Done => "done",
        PlanActionStatus.OnHold => "on-hold",
        _ => "cancelled",
    };

    public static PlanActionStatus? ParseStatus(string? code) =>
        Statuses.Cast<PlanActionStatus?>().FirstOrDefault(s => string.Equals(Code(s!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static Text Of(PlanActionStatus status) => status switch
    {
        PlanActionStatus.NotStarted => PlanTexts.ActionNotStarted,
        PlanActionStatus.InProgress => PlanTexts.ActionInProgress,
        PlanActionStatus.Done => PlanTexts.ActionDone,
        PlanActionStatus.OnHold => PlanTexts.ActionOnHold,
        _ => PlanTexts.ActionCancelled,
    };

    public static string Code(PlanStanding standing) => standing switch
    {
        PlanStanding.NotStarted => "not-started",
        PlanStanding.Draft => "draft",
        PlanStanding.Submitted => "submitted",
        _ => "overdue",
    };

    public static Text Of(PlanStanding standing) => standing switch
    {
        PlanStanding.NotStarted => PlanTexts.PlanNotStarted,
        PlanStanding.Draft => PlanTexts.PlanDraft,
        PlanStanding.Submitted => PlanTexts.PlanSubmitted,
        _ => PlanTexts.PlanOverdue,
    };
}
