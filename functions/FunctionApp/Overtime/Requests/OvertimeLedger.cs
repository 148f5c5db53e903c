using Transformation.Overtime.Caps;
using Transformation.Overtime.Summaries;

namespace Transformation.Overtime.Requests;

/// <summary>
/// The one way a day's count changes: the day rows and their fiscal years' totals, moved by the difference of what each day
/// counts, in one transaction. A repeat of a step finds the day already changed and moves nothing; a concurrent change
/// makes the transaction fail (null), and the caller reads again and decides again.
/// </summary>
public sealed class OvertimeLedger(OvertimeStore store, MonthTotalProjection projection)
{
    /// <summary>At most this many days in one change: a transaction holds 100 rows, and a month's days and two years fit.</summary>
    public const int MaxDays = 98;

    /// <summary>Writes <paramref name="after"/> over <paramref name="before"/> (null: a new day); null when someone else changed either first.</summary>
    public async Task<OvertimeDay?> ChangeAsync(Stored<OvertimeDay>? before, OvertimeDay after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(after);
        var written = await ChangeManyAsync(after.StaffId, [(before, after)], cancellationToken);
        return written?[0];
    }

    /// <summary>Several days of one person in one transaction (an import's month); null when any row changed since it was read.</summary>
    public async Task<IReadOnlyList<OvertimeDay>?> ChangeManyAsync(string staffId,
        IReadOnlyList<(Stored<OvertimeDay>? Before, OvertimeDay After)> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count > MaxDays || changes.Any(c => c.After.StaffId != staffId))
        {
            throw new ArgumentException($"At most {MaxDays} days, all of one person.", nameof(changes));
        }

        var writes = new List<RowWrite>();
        foreach (var group in changes.GroupBy(c => FiscalYear.Of(c.After.Day)))
        {
            var stored = await store.GetYearAsync(staffId, group.Key, cancellationToken);
            var year = stored?.Value ?? OvertimeYear.Empty(staffId, group.Key);
            var changed = year;
            foreach (var (before, after) in group)
            {
                if (after.State == OvertimeState.Approved || after.CountedMinutes > 0)
                {
                    changed = changed.Seeing(after.Day, after.Designation);
                }

                var from = before?.Value.CountedMinutes ?? 0;
                if (before is not null && before.Value.Designation != after.Designation)
                {
                    changed = changed.Add(after.Day, before.Value.Designation, -from).Add(after.Day, after.Designation, after.CountedMinutes);
                }
                else
                {
                    changed = changed.Add(after.Day, after.Designation, after.CountedMinutes - from);
                }
            }

            if (!SameYear(changed, year) || stored is null && changed.YearMinutes > 0)
            {
                writes.Add(RowWrite.Of(changed, stored?.ETag));
            }
        }

        writes.AddRange(changes.Select(c => RowWrite.Of(c.After, c.Before?.ETag)));
        if (!await store.CommitAsync(writes, cancellationToken))
        {
            return null;
        }

        // After the commit, outside it: the month totals the summaries read (a crash here is repaired monthly).
        await projection.FollowAsync(staffId, writes, cancellationToken);
        return [.. changes.Select(c => c.After)];
    }

    private static bool SameYear(OvertimeYear a, OvertimeYear b) =>
        a.OrdinaryMinutes.SequenceEqual(b.OrdinaryMinutes) && a.OtherDirectedMinutes.SequenceEqual(b.OtherDirectedMinutes)
        && a.Designations.SequenceEqual(b.Designations);
}
