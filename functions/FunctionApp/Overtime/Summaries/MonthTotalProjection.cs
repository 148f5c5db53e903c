using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Requests;
using Transformation.Platform.Hosting;
using Transformation.Platform.Storage;

namespace Transformation.Overtime.Summaries;

/// <summary>
/// Keeps table OvertimeMonthTotals in step with the year totals: after the ledger commits a change (<see cref="FollowAsync"/>),
/// and for a whole month before its summary is mailed (<see cref="ReconcileAsync"/>), which repairs a copy that a crash
/// between the commit and the copy left missing or stale. Every copy is of absolute figures read back from the year rows,
/// so a repeat is harmless, and it carries the year rows' last-modified time, so an older copy never replaces a newer one.
/// </summary>
public sealed partial class MonthTotalProjection(
    Tables tables, MonthTotalStore totals, RosterDirectory roster, JapanTime japan, TimeProvider time,
    IOptions<OvertimeOptions> options, ILogger<MonthTotalProjection> log)
{
    /// <summary>The windows ending in the first five months of a year reach back into the year before.</summary>
    private const int MonthsReachingBack = CapRules.LongestAverageWindow - 1;

    private CapPolicy Policy => new(options.Value.WarningShare);

    /// <summary>
    /// After a committed change of <paramref name="staffId"/>'s days: copies the months whose figures it can move, from the
    /// earliest changed month to this month (at most to the August after that fiscal year, the last an average window
    /// reaches). Nothing when no year row was written. Never fails the change: a copy that fails is logged and left to the
    /// monthly reconciliation.
    /// </summary>
    public async Task FollowAsync(string staffId, IReadOnlyList<RowWrite> committed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(committed);
        var years = committed.Select(w => w.Entity.RowKey).Where(k => k.StartsWith(OvertimeRows.YearPrefix, StringComparison.Ordinal))
            .Select(k => int.Parse(k[OvertimeRows.YearPrefix.Length..], CultureInfo.InvariantCulture)).ToHashSet();
        var days = committed.Select(w => w.Entity.RowKey).Where(k => k.StartsWith(OvertimeRows.DayPrefix, StringComparison.Ordinal))
            .Select(k => DateOnly.ParseExact(k[OvertimeRows.DayPrefix.Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Where(d => years.Contains(FiscalYear.Of(d).StartYear)).ToList();
        if (days.Count == 0)
        {
            return;
        }

        try
        {
            await CopyAsync(staffId, MonthsMoved(days.Min(), japan.DateOf(time.GetUtcNow())), cancellationToken);
        }
#pragma warning disable CA1031 // the change is committed; whatever the copy met, the monthly reconciliation repairs it
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogCopyFailed(e, staffId);
        }
    }

    /// <summary>The months a change on <paramref name="earliest"/> can move, up to <paramref name="today"/>'s month.</summary>
    public static IReadOnlyList<DateOnly> MonthsMoved(DateOnly earliest, DateOnly today)
    {
        var first = new DateOnly(earliest.Year, earliest.Month, 1);
        var reach = FiscalYear.Of(earliest).LastDay.AddDays(1).AddMonths(MonthsReachingBack - 1);
        var last = new DateOnly(today.Year, today.Month, 1);
        last = last < first ? first : last > reach ? reach : last;
        var months = new List<DateOnly>();
        for (var m = first; m <= last; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        return months;
    }

    /// <summary>Copies the months of one person from their year rows as stored now; a month of a year with no row is skipped.</summary>
    public async Task<int> CopyAsync(string staffId, IEnumerable<DateOnly> months, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(months);
        var person = await PersonAsync(staffId, cancellationToken);
        var read = new Dictionary<int, StampedYear?>();
        var written = 0;
        foreach (var month in months)
        {
            if (await StandingAsync(staffId, month, read, cancellationToken) is not { } standing)
            {
                continue;
            }

            written += await WriteAsync(staffId, person, month, standing, cancellationToken) ? 1 : 0;
        }

        return written;
    }

    /// <summary>
    /// Makes <paramref name="month"/>'s rows of these people (sorted by staff id, as the roster lists them) match their year
    /// rows: one range query of the month's rows, then a point read of each person's year row (and the year before for
    /// April to August); a row missing or taken from an older version is copied again. Returns how many were written.
    /// </summary>
    public async Task<int> ReconcileAsync(DateOnly month, IReadOnlyList<string> staffIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staffIds);
        if (staffIds.Count == 0)
        {
            return 0;
        }

        var sorted = staffIds.Order(StringComparer.Ordinal).ToList();
        var stored = await totals.ReadRangeAsync(month, sorted[0], sorted[^1], cancellationToken);
        var written = 0;
        foreach (var staffId in sorted)
        {
            var read = new Dictionary<int, StampedYear?>();
            var row = stored.GetValueOrDefault(staffId);
            if (await StandingAsync(staffId, month, read, cancellationToken) is not { } standing
                || (row is not null && row.SourceStamp >= standing.Stamp)
                || (row is null && standing.Standing.YearMinutes == 0))
            {
                continue;
            }

            var person = await PersonAsync(staffId, cancellationToken);
            written += await WriteAsync(staffId, person, month, standing, cancellationToken) ? 1 : 0;
        }

        return written;
    }

    private Task<bool> WriteAsync(string staffId, Organisation.StaffMember? person, DateOnly month,
        (MonthStanding Standing, DateTimeOffset Stamp) standing, CancellationToken cancellationToken) =>
        totals.WriteAsync(new MonthTotal(staffId, new DateOnly(month.Year, month.Month, 1), person?.DivisionCode ?? "",
            person?.DivisionName ?? "", person?.BureauCode ?? "", person?.BureauName ?? "", standing.Standing, standing.Stamp),
            cancellationToken);

    private async Task<(MonthStanding Standing, DateTimeOffset Stamp)?> StandingAsync(string staffId, DateOnly month,
        Dictionary<int, StampedYear?> read, CancellationToken cancellationToken)
    {
        var fiscal = FiscalYear.Of(month);
        if (await YearAsync(staffId, fiscal, read, cancellationToken) is not { } year)
        {
            return null;
        }

        var previous = fiscal.MonthIndex(month) < MonthsReachingBack
            ? await YearAsync(staffId, fiscal.Previous, read, cancellationToken)
            : null;
        var stamp = previous is not null && previous.Stamp > year.Stamp ? previous.Stamp : year.Stamp;
        return (MonthStanding.Of(year.Year, previous?.Year, month, Policy), stamp);
    }

    /// <summary>A year row with its last-modified time: one point read, not through the ledger's store (which drops the time).</summary>
    private async Task<StampedYear?> YearAsync(string staffId, FiscalYear year, Dictionary<int, StampedYear?> read,
        CancellationToken cancellationToken)
    {
        if (read.TryGetValue(year.StartYear, out var known))
        {
            return known;
        }

        var table = await tables.GetAsync(OvertimeStore.Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(staffId, OvertimeRows.YearRow(year), cancellationToken: cancellationToken);
        var stamped = found.HasValue
            ? new StampedYear(OvertimeRows.YearOf(found.Value!), found.Value!.Timestamp ?? DateTimeOffset.MinValue)
            : null;
        read[year.StartYear] = stamped;
        return stamped;
    }

    private async Task<Organisation.StaffMember?> PersonAsync(string staffId, CancellationToken cancellationToken)
    {
        try
        {
            return await roster.GetPersonAsync(staffId, cancellationToken: cancellationToken);
        }
        catch (RosterSnapshotNotFoundException)
        {
            return null;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Overtime month totals of {StaffId} not copied after a change; the monthly reconciliation repairs them")]
    private partial void LogCopyFailed(Exception exception, string staffId);

    private sealed record StampedYear(OvertimeYear Year, DateTimeOffset Stamp);
}
