namespace Transformation.TeamUp.Entries;

/// <summary>One piece of work the division stops doing: what, why, and the hours a month it frees.</summary>
public sealed record StopWorkItem(string Task, string Reason, decimal HoursPerMonth);
