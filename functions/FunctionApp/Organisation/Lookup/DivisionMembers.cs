namespace Transformation.Organisation.Lookup;

/// <summary>A division's members (ordered by staff id) and its head.</summary>
public sealed record DivisionMembers(Division Division, IReadOnlyList<StaffMember> Members, StaffMember Head, DivisionHeadRule HeadRule);
