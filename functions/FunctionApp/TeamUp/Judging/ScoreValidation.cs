using Transformation.Platform.Http;

namespace Transformation.TeamUp.Judging;

/// <summary>Checked scores: the criterion scores and the trimmed comment, or the field errors.</summary>
public sealed record ScoreValidation(IReadOnlyList<FieldError> Errors, IReadOnlyDictionary<string, int> Scores, string Comment)
{
    public bool IsValid => Errors.Count == 0;
}
