namespace Transformation.Organisation.Import;

/// <summary>Someone who joined (with their new division) or left (with their last division).</summary>
public sealed record StaffChange(string StaffId, string Name, string DivisionCode, string DivisionName);
