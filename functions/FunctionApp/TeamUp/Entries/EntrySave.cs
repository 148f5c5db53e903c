using Transformation.Platform.Http;

namespace Transformation.TeamUp.Entries;

/// <summary>The outcome of a save or a submission, with the entry as stored or the errors found.</summary>
public sealed record EntrySave(EntrySaveOutcome Outcome, Entry? Entry, IReadOnlyList<FieldError> Errors);
