namespace Transformation.Organisation.Lookup;

/// <summary>A bureau (局) of a snapshot with its divisions, ordered by code.</summary>
public sealed record Bureau(string Code, string Name, int StaffCount, IReadOnlyList<Division> Divisions);
