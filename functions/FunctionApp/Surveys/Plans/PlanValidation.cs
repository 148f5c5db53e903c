using Transformation.Platform.Http;

namespace Transformation.Surveys.Plans;

/// <summary>The outcome of checking a plan: the content when it is valid, else every fault by field.</summary>
public sealed record PlanValidation(PlanContent? Content, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Content is not null && Errors.Count == 0;
}
