using Transformation.Overtime.MyOvertime;
using Transformation.Overtime.Requests;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Overtime.Approvals;

/// <summary>The supervisor's waiting requests (pending ones only), and what was just decided.</summary>
public sealed record OvertimeApprovalsView(IReadOnlyList<OvertimeWaiting> Waiting, Text? Notice = null);

/// <summary>One waiting request: whose, and where to decide on it.</summary>
public sealed record OvertimeWaiting(OvertimeDay Day, string PersonName, string Href);

/// <summary>
/// The request, its projected totals and caps, and the decision form: the same page signed in and through the mailed link.
/// </summary>
public sealed record OvertimeDecisionView(
    OvertimeDay Day, string PersonName, string DivisionName, Text SubmittedAt, Text DecideBy, OvertimeProjectionView Projection,
    OvertimeDecisionForm Form);

/// <summary>The decision form.</summary>
/// <param name="Action">Where it posts (with the page's language).</param>
/// <param name="LinkPage">The approval link's page id (the token stays in its cookie); null on the signed-in page.</param>
public sealed record OvertimeDecisionForm(FormState Form, CsrfField Csrf, string Action, int Version, string? LinkPage)
{
    public const string DecisionField = "decision";
    public const string CommentField = "comment";
    public const string SpecialDutyField = "specialDutyReason";
    public const string VersionField = "version";
    public const string Approve = "approve";
    public const string Decline = "decline";

    public static readonly IReadOnlyList<Choice> Decisions =
    [
        new(Approve, OvertimeApprovalTexts.Approve),
        new(Decline, OvertimeApprovalTexts.Decline),
    ];

    public static bool? ParseDecision(string? value) => value switch
    {
        Approve => true,
        Decline => false,
        _ => null,
    };
}

/// <summary>The answer to a decision made through a link.</summary>
public sealed record OvertimeDecisionRecordedView(Text Message);
