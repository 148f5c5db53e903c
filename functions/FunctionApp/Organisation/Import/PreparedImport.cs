using Transformation.Organisation.Snapshots;
using Transformation.Platform.Http;

namespace Transformation.Organisation.Import;

/// <summary>
/// An import that has been checked and, when valid, written as a snapshot nobody sees yet. It becomes the
/// roster only if the pointer it was prepared against is still current when it is committed.
/// </summary>
public sealed record PreparedImport(
    RosterPointer? Replaces,
    RosterSnapshotInfo? Snapshot,
    IReadOnlyList<StaffMember> Staff,
    RosterChanges? Changes,
    IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
