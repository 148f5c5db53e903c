namespace Transformation.TeamUp.Entries;

/// <summary>The limits an entry is checked against: lengths in characters, rows per list, hours a month.</summary>
public static class EntryRules
{
    public const int MaxMission = 1000;

    public const int MaxPriorities = 2000;

    public const int MaxWayOfWorking = 2000;

    public const int MaxItems = 20;

    public const int MaxTask = 200;

    public const int MaxReason = 1000;

    public const int MaxTitle = 200;

    public const int MaxDescription = 2000;

    public const int MaxResults = 2000;

    /// <summary>Every hour of a 31-day month: no piece of work can free more.</summary>
    public const decimal MaxHoursPerMonth = 744m;
}
