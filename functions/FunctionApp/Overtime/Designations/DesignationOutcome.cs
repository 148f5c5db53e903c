using Transformation.Platform.Http;

namespace Transformation.Overtime.Designations;

/// <summary>What a change of designations did: done, or refused with every reason (and nothing written).</summary>
public sealed record DesignationOutcome(bool Done, IReadOnlyList<FieldError> Errors, int Written = 0)
{
    public static DesignationOutcome Refused(params FieldError[] errors) => new(false, errors);
}
