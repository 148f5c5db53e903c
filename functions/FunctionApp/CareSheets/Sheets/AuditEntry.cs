namespace Transformation.CareSheets.Sheets;

/// <summary>Who did what to which version of a sheet, when, and how.</summary>
public sealed record AuditEntry(string SheetId, DateTimeOffset At, string Actor, string Action, int Version, string Channel, string? Detail);
