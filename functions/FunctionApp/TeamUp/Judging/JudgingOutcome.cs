using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Judging;

/// <summary>The result of a judging command: done, or why not (a message in both languages, and field errors for bad input).</summary>
public sealed record JudgingOutcome(JudgingOutcomeKind Kind, Text? Message = null, IReadOnlyList<FieldError>? Errors = null)
{
    public static readonly JudgingOutcome Done = new(JudgingOutcomeKind.Done);

    public bool IsDone => Kind == JudgingOutcomeKind.Done;

    public static JudgingOutcome Invalid(Text message, IReadOnlyList<FieldError> errors) => new(JudgingOutcomeKind.Invalid, message, errors);

    public static JudgingOutcome Forbidden(Text message) => new(JudgingOutcomeKind.Forbidden, message);

    public static JudgingOutcome NotFound(Text message) => new(JudgingOutcomeKind.NotFound, message);

    public static JudgingOutcome Conflict(Text message) => new(JudgingOutcomeKind.Conflict, message);
}
