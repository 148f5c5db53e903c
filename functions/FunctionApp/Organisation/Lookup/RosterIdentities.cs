using Transformation.Platform.Security;

namespace Transformation.Organisation.Lookup;

/// <summary>Finds signed-in people in the current roster, for the endpoint guard.</summary>
public sealed class RosterIdentities(RosterDirectory roster) : IRosterIdentities
{
    public async Task<RosterIdentity?> FindAsync(string? staffId, IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emails);
        if (await roster.CurrentSnapshotIdAsync(cancellationToken) is not { } snapshotId)
        {
            return null;
        }

        var index = await roster.GetIndexAsync(snapshotId, cancellationToken);
        var person = staffId is { Length: > 0 }
            ? index.Person(staffId)
            : emails.Select(index.PersonByEmail).FirstOrDefault(p => p is not null);
        return person is null ? null : new RosterIdentity(person.StaffId, index.HeadsADivision(person.StaffId));
    }
}
