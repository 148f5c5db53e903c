namespace Transformation.Organisation.Import;

/// <summary>What a new roster changes compared with the one it replaces. Lists are ordered by staff id.</summary>
public sealed record RosterChanges(IReadOnlyList<StaffChange> Joined, IReadOnlyList<StaffChange> Left, IReadOnlyList<StaffMove> Moved);
