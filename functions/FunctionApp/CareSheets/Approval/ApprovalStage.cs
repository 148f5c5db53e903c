namespace Transformation.CareSheets.Approval;

/// <summary>
/// The custom status of a sheet version's orchestration: whether it still waits for the decision. Instances started
/// before the status existed have none (their waits still re-read the stored sheet).
/// </summary>
public static class ApprovalStage
{
    public const string AwaitingDecision = "awaiting-decision";

    public const string Settled = "settled";
}
