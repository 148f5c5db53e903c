using Transformation.Organisation.Lookup;

namespace Transformation.CareSheets.HrConsole;

/// <summary>
/// Names of people and divisions for one page of HR's: the current roster first (people move, the current name is
/// what HR knows), then the roster the sheet was submitted under, for someone who has since left. Each roster is
/// read once per page; a roster that cannot be found names nobody, and the page shows the code it has.
/// </summary>
public sealed class CareSheetRosterNames(RosterDirectory roster)
{
    private readonly Dictionary<string, RosterIndex?> _snapshots = new(StringComparer.Ordinal);
    private RosterIndex? _current;
    private bool _currentRead;

    public async Task<RosterIndex?> CurrentAsync(CancellationToken cancellationToken)
    {
        if (!_currentRead)
        {
            _current = await roster.CurrentSnapshotIdAsync(cancellationToken) is { } id ? await SnapshotAsync(id, cancellationToken) : null;
            _currentRead = true;
        }

        return _current;
    }

    public async Task<string?> PersonAsync(string staffId, string snapshotId, CancellationToken cancellationToken) =>
        (await FindAsync(snapshotId, index => index.Person(staffId), cancellationToken))?.Name;

    public async Task<string?> DivisionAsync(string divisionCode, string snapshotId, CancellationToken cancellationToken) =>
        (await FindAsync(snapshotId, index => index.Division(divisionCode)?.Division, cancellationToken))?.Name;

    private async Task<T?> FindAsync<T>(string snapshotId, Func<RosterIndex, T?> find, CancellationToken cancellationToken)
        where T : class
    {
        if (await CurrentAsync(cancellationToken) is { } current && find(current) is { } found)
        {
            return found;
        }

        return await SnapshotAsync(snapshotId, cancellationToken) is { } submitted ? find(submitted) : null;
    }

    private async Task<RosterIndex?> SnapshotAsync(string snapshotId, CancellationToken cancellationToken)
    {
        if (!_snapshots.TryGetValue(snapshotId, out var index))
        {
            try
            {
                index = await roster.GetIndexAsync(snapshotId, cancellationToken);
            }
            catch (RosterSnapshotNotFoundException)
            {
                index = null;
            }

            _snapshots[snapshotId] = index;
        }

        return index;
    }
}
