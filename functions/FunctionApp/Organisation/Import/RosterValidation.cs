using Transformation.Platform.Http;

namespace Transformation.Organisation.Import;

/// <summary>The staff of a file, usable only when <see cref="Errors"/> is empty.</summary>
public sealed record RosterValidation(IReadOnlyList<StaffMember> Staff, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
