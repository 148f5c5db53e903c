using Transformation.Overtime.Caps;

namespace Transformation.Overtime.Designations;

/// <summary>One valid row of an imported designation file, with its line for messages.</summary>
public sealed record DesignationRow(int Line, string DivisionCode, DateOnly EffectiveFrom, Designation Kind);
