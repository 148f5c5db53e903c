namespace Transformation.Organisation.Lookup;

/// <summary>Which rule picked the head of a division, so callers (and HR) can see why.</summary>
public enum DivisionHeadRule
{
    /// <summary>A member holds one of the configured head grades (Organisation:HeadGrades).</summary>
    HeadGrade,

    /// <summary>No head grade in the division: the member whose supervisor is outside it.</summary>
    SupervisorOutsideDivision,
}
