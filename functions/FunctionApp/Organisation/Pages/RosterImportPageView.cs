using Transformation.Organisation.Import;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Organisation.Pages;

/// <summary>HR's roster import page: the current roster, the upload form, and what the last import did or why it was refused.</summary>
/// <param name="Current">The current roster; null before the first import.</param>
/// <param name="Imported">What the import just made (after its redirect).</param>
/// <param name="Problem">Why the upload was refused, when it was not the file's content.</param>
/// <param name="Errors">The file's errors as shown (at most the configured number), with <paramref name="ErrorCount"/> in all.</param>
public sealed record RosterImportPageView(
    CsrfField Csrf,
    RosterCurrent? Current,
    RosterImported? Imported = null,
    Text? Problem = null,
    IReadOnlyList<FieldError>? Errors = null,
    int ErrorCount = 0);

/// <summary>The current roster in numbers.</summary>
public sealed record RosterCurrent(int Staff, int Bureaus, int Divisions);

/// <summary>An imported roster and who joined, left or moved compared with the one it replaced.</summary>
public sealed record RosterImported(int StaffCount, RosterChanges Changes);
