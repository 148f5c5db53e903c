namespace Transformation.CareSheets.Sheets;

/// <summary>A planned leave, both days included.</summary>
public sealed record LeavePeriod(DateOnly From, DateOnly To);
