using Transformation.Platform.Http;

namespace Transformation.TeamUp.Entries;

/// <summary>The checked content, or every error found (then nothing may be written).</summary>
public sealed record EntryValidation(EntryContent? Content, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
