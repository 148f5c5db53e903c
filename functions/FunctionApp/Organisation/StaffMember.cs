using Transformation.Platform.Localization;

namespace Transformation.Organisation;

/// <summary>One person of the roster, as the personnel system exported them.</summary>
public sealed record StaffMember(
    string StaffId,
    string Name,
    string Email,
    string BureauCode,
    string BureauName,
    string DivisionCode,
    string DivisionName,
    string Grade,
    string? SupervisorId,
    Language Language);
