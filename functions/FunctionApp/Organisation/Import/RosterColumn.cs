namespace Transformation.Organisation.Import;

/// <summary>The columns of the personnel system's export. The values index <see cref="RosterRecord.Values"/>.</summary>
public enum RosterColumn
{
    StaffId,
    Name,
    Email,
    BureauCode,
    BureauName,
    DivisionCode,
    DivisionName,
    Grade,
    SupervisorId,
    Language,
}
