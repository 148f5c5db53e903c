namespace Transformation.CareSheets.Approval;

/// <summary>The custom status of a sheet version's orchestration: whether it still waits for the decision.</summary>
public static class ApprovalStage
{
    public const string AwaitingDecision = "awaiting-decision";

    public const string Settled = "settled";
}
