using Transformation.Organisation.Lookup;
using Transformation.Overtime.Caps;

namespace Transformation.Overtime.Designations;

/// <summary>Every division of the current roster with its designation today and all its changes, oldest first.</summary>
public sealed record DesignationBoard(DateOnly Today, IReadOnlyList<DivisionDesignation> Divisions);

/// <summary>One division: who it is, what it is today, and every change HR made (past and scheduled).</summary>
public sealed record DivisionDesignation(Division Division, Designation Today, IReadOnlyList<DesignationEntry> Changes);
