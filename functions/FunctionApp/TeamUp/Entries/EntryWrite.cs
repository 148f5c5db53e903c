namespace Transformation.TeamUp.Entries;

public sealed record EntryWrite(EntryWriteOutcome Outcome, Entry? Entry);
