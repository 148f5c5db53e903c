namespace Transformation.CareSheets.Sheets;

/// <summary>One planned leave as sent (dates as text).</summary>
public sealed record LeaveInput(string? From, string? To);
