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
        PlanActionStatus.NotStarted => new("未着手", "Not started"),
        PlanActionStatus.InProgress => new("実施中", "In progress"),
        PlanActionStatus.Done => new("完了", "Done"),
        PlanActionStatus.OnHold => new("保留", "On hold"),
        _ => new("中止", "Cancelled"),
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
        PlanStanding.NotStarted => new("未着手", "Not started"),
        PlanStanding.Draft => new("作成中", "Draft"),
        PlanStanding.Submitted => new("提出済み", "Submitted"),
        _ => new("期限超過", "Overdue"),
    };
}
