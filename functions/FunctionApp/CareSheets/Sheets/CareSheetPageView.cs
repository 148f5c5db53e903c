using Transformation.CareSheets.Approval;
using Transformation.Platform.Localization;

namespace Transformation.CareSheets.Sheets;

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
