namespace Transformation.TeamUp.Judging;

/// <summary>A submitted entry as the ranking sees it: its division and the hours a month of work it stops (the last tie-break).</summary>
public sealed record RankingEntry(string DivisionCode, decimal HoursPerMonthSaved);
