namespace Transformation.TeamUp.Entries;

/// <summary>The body of PUT …/entries/{divisionCode}: the whole entry as JSON (missing lists are empty).</summary>
public sealed record EntryRequest(
    string? Mission,
    string? Priorities,
    string? WayOfWorking,
    IReadOnlyList<StopWorkRequest?>? StopWork,
    IReadOnlyList<InitiativeRequest?>? Initiatives)
{
    public EntryInput ToInput() => new(
        Mission,
        Priorities,
        WayOfWorking,
        (StopWork ?? []).Select(s => new StopWorkInput(s?.Task, s?.Reason, s?.HoursText())).ToList(),
        (Initiatives ?? []).Select(t => new InitiativeInput(t?.Title, t?.Description, t?.Results)).ToList());
}
