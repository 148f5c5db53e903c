using Transformation.CareSheets.Sheets;
using Transformation.Platform.Localization;

namespace Transformation.CareSheets.Approval;

/// <summary>The sheets awaiting the signed-in approver's decision, and the decision just recorded (after its redirect).</summary>
public sealed record CareSheetToApproveView(IReadOnlyList<CareSheetAwaiting> Sheets, CareDecision? Recorded);

/// <summary>A sheet awaiting the approver: its period written out and its last change in Japan time.</summary>
public sealed record CareSheetAwaiting(CareSheet Sheet, string Period, Text UpdatedAt);

/// <summary>Why a signed-in approver's decision was not recorded (someone decided first, a withdrawal, a newer version).</summary>
public sealed record CareSheetConflictView(string SheetId, Text Message);

/// <summary>An approval link's page: the sheet's content and the decision form, which posts with the link's page id.</summary>
public sealed record CareSheetLinkView(CareSheet Sheet, CareSheetContent Content, CareSheetDecisionForm Decide);

/// <summary>What an approver reads once the decision through the link is recorded.</summary>
public sealed record CareSheetLinkRecordedView(Text Message);
