namespace Transformation.TeamUp.Entries;

/// <summary>Where a division's entry stands, as the completion list and the entry view name it.</summary>
public static class EntryProgress
{
    public const string NotStarted = "not-started";

    public static string Of(Entry? entry) => entry?.Status ?? NotStarted;
}
