namespace Transformation.CareSheets.Sheets;

/// <summary>What an approver decides: 承認, 差戻し (comment required), 却下 (comment required).</summary>
public enum CareDecision
{
    Approve,
    Return,
    Decline,
}
