using Transformation.Platform.Http;

namespace Transformation.Organisation.Import;

/// <summary>A roster file read and checked: its staff when it has no errors, and which encoding it was in.</summary>
public sealed record RosterFile(IReadOnlyList<StaffMember> Staff, IReadOnlyList<FieldError> Errors, string Encoding)
{
    public bool IsValid => Errors.Count == 0;
}
