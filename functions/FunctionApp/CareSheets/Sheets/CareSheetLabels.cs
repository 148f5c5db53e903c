using Transformation.Platform.Localization;

namespace Transformation.CareSheets.Sheets;

/// <summary>How kinds, states and decisions read in each language.</summary>
public static class CareSheetLabels
{
    public static Text Of(CareSheetKind kind) => kind == CareSheetKind.Childcare
        ? new("育児シート", "Childcare sheet")
        : new("介護シート", "Caregiving sheet");

    public static Text Of(CareSheetState state) => state switch
    {
        CareSheetState.Pending => new("承認待ち", "Awaiting approval"),
        CareSheetState.Returned => new("差戻し", "Returned for revision"),
        CareSheetState.Approved => new("承認済み", "Approved"),
        CareSheetState.Declined => new("却下", "Declined"),
        CareSheetState.Withdrawn => new("取下げ", "Withdrawn"),
        _ => new("期間終了", "Ended"),
    };

    public static Text Of(CareDecision decision) => decision switch
    {
        CareDecision.Approve => new("承認", "Approve"),
        CareDecision.Return => new("差戻し", "Return for revision"),
        _ => new("却下", "Decline"),
    };

    /// <summary>The state as the API writes it (and HR's list filter takes it).</summary>
    public static string Code(CareSheetState state)
    {
        var name = state.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The decision as the API and forms write it.</summary>
    public static string Code(CareDecision decision) => decision switch
    {
        CareDecision.Approve => "approve",
        CareDecision.Return => "return",
        _ => "decline",
    };

    public static CareDecision? ParseDecision(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "approve" or "承認" => CareDecision.Approve,
        "return" or "差戻し" => CareDecision.Return,
        "decline" or "却下" => CareDecision.Decline,
        _ => null,
    };
}
