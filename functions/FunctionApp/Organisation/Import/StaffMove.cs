namespace Transformation.Organisation.Import;

/// <summary>Someone whose division changed between two rosters.</summary>
public sealed record StaffMove(string StaffId, string Name, string FromDivisionCode, string FromDivisionName, string ToDivisionCode,
    string ToDivisionName);
