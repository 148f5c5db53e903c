using Transformation.CareSheets.Sheets;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.CareSheets.Submission;

/// <summary>The sheet form: its values and errors, and the anti-forgery pair it posts back with.</summary>
public sealed record CareSheetFormView(FormState Form, CsrfField Csrf);

/// <summary>
/// The owner's revision of a sheet: the form filled with the current version, headed by the approver's return comment
/// (or, while pending, what a revision does).
/// </summary>
/// <param name="ReturnedBy">Who returned the version and when, for a returned sheet with a comment; null otherwise.</param>
public sealed record CareSheetEditView(CareSheet Sheet, FormState Form, CsrfField Csrf, Text? ReturnedBy);

/// <summary>The employee's own sheets, newest first, and what their last action did (after its redirect).</summary>
/// <param name="ShowHrLink">The reader is HR, who also gets the way to the needs-attention list.</param>
public sealed record CareSheetMineView(IReadOnlyList<CareSheetMineRow> Sheets, Text? Notice, CsrfField Csrf, bool ShowHrLink);

/// <summary>One of the employee's sheets and what they may still do with it.</summary>
public sealed record CareSheetMineRow(CareSheet Sheet, string Period, Text SubmittedAt, bool CanRevise, bool CanWithdraw);

/// <summary>Why a sheet can no longer be revised, and its state now.</summary>
public sealed record CareSheetCannotReviseView(Text Why, Text State);
