namespace Transformation.TeamUp.Publication;

/// <summary>The published list, or why there is none; the deadline so a "not yet" can say when.</summary>
public sealed record PublicationResult(PublicationOutcome Outcome, PublicationView? View, DateTimeOffset? EntryDeadlineUtc);
