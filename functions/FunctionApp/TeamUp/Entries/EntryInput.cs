namespace Transformation.TeamUp.Entries;

/// <summary>An entry as sent (API body or form), before it is checked: every value still text.</summary>
public sealed record EntryInput(
    string? Mission,
    string? Priorities,
    string? WayOfWorking,
    IReadOnlyList<StopWorkInput> StopWork,
    IReadOnlyList<InitiativeInput> Initiatives);
