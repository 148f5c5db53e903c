namespace Transformation.Organisation.Api;

/// <summary>A person as the API shows them (language as its code, "ja" or "en").</summary>
public sealed record StaffView(
    string StaffId,
    string Name,
    string Email,
    string BureauCode,
    string BureauName,
    string DivisionCode,
    string DivisionName,
    string Grade,
    string? SupervisorId,
    string Language);
