using Transformation.CareSheets.Storage;
using Transformation.CareSheets.Model;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.CareSheets.Pages;

/// <summary>One sheet for a signed-in reader: where it stands, its content, its history, and what this reader may do with it.</summary>
/// <param name="Decision">Who decided what and when, written for the reader; null while undecided.</param>
/// <param name="Decide">The decision form, for an approver whose decision is awaited; null for everyone else.</param>
/// <param name="CanRevise">The reader is the owner and the sheet may still be revised.</param>
public sealed record CareSheetPageView(
    CareSheet Sheet,
    CareSheetContent Content,
    Text Submitted,
    Text? Decision,
    IReadOnlyList<CareSheetHistoryEntry> History,
    CareSheetDecisionForm? Decide,
    bool CanRevise);

/// <summary>One line of a sheet's history: the audit trail without the reads, names from the sheet's roster snapshot.</summary>
public sealed record CareSheetHistoryEntry(Text At, int Version, Text What, Text By);

/// <summary>The decision form on a sheet's page or its approval link's page.</summary>
/// <param name="Action">Where it posts (with the page's language).</param>
/// <param name="Version">The version shown, posted back so a decision never lands on a version the approver has not read.</param>
/// <param name="LinkPage">The approval link's page id (the token stays in its cookie); null on the signed-in page.</param>
public sealed record CareSheetDecisionForm(FormState Form, CsrfField Csrf, string Action, int? Version = null, string? LinkPage = null)
{
    public const string DecisionField = "decision";
    public const string CommentField = "comment";
    public const string VersionField = "version";

    /// <summary>The three decisions as radio choices.</summary>
    public static readonly IReadOnlyList<Choice> Decisions =
    [
        new(CareSheetLabels.Code(CareDecision.Approve), CareSheetLabels.Of(CareDecision.Approve)),
        new(CareSheetLabels.Code(CareDecision.Return), CareSheetLabels.Of(CareDecision.Return)),
        new(CareSheetLabels.Code(CareDecision.Decline), CareSheetLabels.Of(CareDecision.Decline)),
    ];
}
