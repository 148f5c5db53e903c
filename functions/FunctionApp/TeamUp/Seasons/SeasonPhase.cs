namespace Transformation.TeamUp.Seasons;

/// <summary>Where a season stands. Stored as these strings; each phase follows the one before it, never back.</summary>
public static class SeasonPhase
{
    /// <summary>Division heads write and submit entries until the entry deadline.</summary>
    public const string Entries = "entries";

    /// <summary>Entries are published; judging waits for HR to name the panel.</summary>
    public const string AwaitingPanel = "awaiting-panel";

    /// <summary>Entries are published and the panel scores them until the judging deadline.</summary>
    public const string Judging = "judging";

    /// <summary>The ranking is computed; HR confirms or adjusts it.</summary>
    public const string AwaitingConfirmation = "awaiting-confirmation";

    /// <summary>HR confirmed the awards; winners and all staff have been told.</summary>
    public const string Awarded = "awarded";

    public static readonly IReadOnlyList<string> Order = [Entries, AwaitingPanel, Judging, AwaitingConfirmation, Awarded];

    /// <summary>Whether entries are public: everything after the entry phase.</summary>
    public static bool IsPublished(string phase) => phase != Entries;

    public static bool IsAtOrAfter(string phase, string other) => Order.ToList().IndexOf(phase) >= Order.ToList().IndexOf(other);
}
