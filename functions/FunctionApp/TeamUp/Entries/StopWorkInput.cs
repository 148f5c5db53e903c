namespace Transformation.TeamUp.Entries;

/// <summary>A row of work to stop as sent: the hours are text until checked ("12.5").</summary>
public sealed record StopWorkInput(string? Task, string? Reason, string? HoursPerMonth);
