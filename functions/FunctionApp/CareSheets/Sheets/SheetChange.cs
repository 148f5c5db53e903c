namespace Transformation.CareSheets.Sheets;

/// <summary>The result of a guarded change: done, or refused because the sheet is not in a state that allows it (with the sheet as it is).</summary>
public sealed record SheetChange(bool Done, CareSheet? Before, CareSheet? After);
