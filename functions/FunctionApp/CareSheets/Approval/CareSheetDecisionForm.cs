using Transformation.CareSheets.Sheets;
using Transformation.Platform.Pages;

namespace Transformation.CareSheets.Approval;

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
