using Transformation.Platform.Localization;

namespace Transformation.CareSheets.HrConsole;

/// <summary>HR's list of every sheet: the filter as asked, the choices of the GET form, and the matching sheets.</summary>
/// <param name="State">The state filtered on, as the API writes it; empty for all.</param>
/// <param name="Bureau">The bureau code filtered on; empty for all.</param>
/// <param name="Narrowed">A filter was asked for, so an empty list means nothing matched (not that nothing exists).</param>
/// <param name="Problem">Why the filter could not be applied (then no sheet is listed).</param>
public sealed record CareSheetListView(
    string State,
    string Bureau,
    IReadOnlyList<CareSheetChoice> States,
    IReadOnlyList<CareSheetChoice> Bureaus,
    IReadOnlyList<CareSheetRow> Sheets,
    bool Narrowed,
    Text? Problem = null);

/// <summary>One choice of a filter: the value sent and what the reader sees.</summary>
public sealed record CareSheetChoice(string Value, Text Label);

/// <summary>A sheet as HR's pages name it: who (and from which division), what, when, where it stands, who decides.</summary>
/// <param name="StateCode">The state as the API writes it (for the row's data attribute).</param>
/// <param name="Decider">Who is to decide (a version awaiting a decision) or who decided and when.</param>
public sealed record CareSheetRow(
    string Id,
    string OwnerName,
    string Division,
    Text Kind,
    string Period,
    int Version,
    string StateCode,
    Text State,
    Text Decider);

/// <summary>A sheet's audit trail for HR: the sheet as the list shows it, then every entry, oldest first.</summary>
public sealed record CareSheetTrailView(CareSheetRow Sheet, IReadOnlyList<CareSheetTrailEntry> Entries);

/// <summary>One entry of the trail, written for the reader: when (Japan time), who, what, which version, by which channel.</summary>
/// <param name="Action">The stored action code (for the row's data attribute).</param>
public sealed record CareSheetTrailEntry(Text At, Text Actor, string Action, Text What, int Version, Text Channel);
