using Microsoft.DurableTask.Client;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Designations;
using Transformation.Overtime.Interviews;
using Transformation.Overtime.Requests;
using Transformation.Platform.Files;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;

namespace Transformation.Overtime.Actuals;

/// <summary>
/// HR's import of the attendance system's actuals: every row checked against the current roster before any is written, then
/// each person's month in one transaction with their totals (<see cref="OvertimeLedger"/>), then the interview check of the
/// months it changed. A row replaces the day's actual; a day with no request becomes <see cref="OvertimeState.Unrequested"/>.
/// </summary>
public sealed class ActualsImport(
    OvertimeStore store,
    OvertimeLedger ledger,
    DesignationStore designations,
    RosterDirectory roster,
    InterviewFlags interviews,
    JapanTime japan,
    TimeProvider time)
{
    public const int MaxRows = 200_000;
    public const long MaxBytes = 16 * 1024 * 1024;
    public const string Source = "import";

    /// <summary>A person's month that keeps meeting concurrent changes is given up on after this many reads (the import can be run again).</summary>
    private const int MaxAttempts = 10;

    /// <summary>People applied at once: each is a few storage round trips, and a ministry's month is thousands of people.</summary>
    private const int Parallelism = 8;

    public async Task<ActualsOutcome> ImportAsync(DurableTaskClient client, ReadOnlyMemory<byte> file, CancellationToken cancellationToken = default)
    {
        if (file.Length > MaxBytes)
        {
            return ActualsOutcome.Refused(ActualsTexts.TooLarge(MaxBytes));
        }

        if (ExportEncoding.Decode(file.Span).Text is not { } text)
        {
            return ActualsOutcome.Refused(FileErrors.Undecodable());
        }

        if (await roster.CurrentSnapshotIdAsync(cancellationToken) is null)
        {
            return ActualsOutcome.Refused(new FieldError(ActualsTexts.FileField, ActualsTexts.NoRoster));
        }

        var index = await roster.GetIndexAsync(cancellationToken: cancellationToken);
        var staff = index.Staff.Select(p => p.StaffId).ToHashSet(StringComparer.Ordinal);
        var today = japan.DateOf(time.GetUtcNow());
        var (rows, errors) = ActualsCsv.Parse(text, staff, (DesignationRegistry.FirstDay, today), MaxRows);
        if (errors.Count > 0)
        {
            return new ActualsOutcome(false, errors);
        }

        var timelines = new Dictionary<string, DesignationTimeline>(StringComparer.Ordinal);
        foreach (var division in rows.Select(r => index.Person(r.StaffId)!.DivisionCode).Distinct(StringComparer.Ordinal))
        {
            timelines[division] = await designations.TimelineAsync(division, cancellationToken);
        }

        var changed = 0;
        var people = rows.GroupBy(r => r.StaffId, StringComparer.Ordinal).ToList();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (person, token) =>
            {
                var member = index.Person(person.Key)!;
                var days = await ApplyPersonAsync(member, timelines[member.DivisionCode], [.. person], token);
                Interlocked.Add(ref changed, days);
                foreach (var month in person.Select(r => new DateOnly(r.Day.Year, r.Day.Month, 1)).Distinct().Order())
                {
                    await interviews.CheckAsync(client, person.Key, month, token);
                }
            });
        return new ActualsOutcome(true, [], rows.Count, changed);
    }

    /// <summary>One person's rows, a transaction a month; the number of days it changed (none when the file was imported before).</summary>
    private async Task<int> ApplyPersonAsync(StaffMember person, DesignationTimeline timeline, IReadOnlyList<ActualRow> rows,
        CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var month in rows.GroupBy(r => new DateOnly(r.Day.Year, r.Day.Month, 1)))
        {
            changed += await ApplyMonthAsync(person, timeline, month.Key, [.. month], cancellationToken);
        }

        return changed;
    }

    private async Task<int> ApplyMonthAsync(StaffMember person, DesignationTimeline timeline, DateOnly month, IReadOnlyList<ActualRow> rows,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = (await store.ListStoredDaysAsync(person.StaffId, month, month.AddMonths(1).AddDays(-1), cancellationToken))
                .ToDictionary(d => d.Value.Day);
            var changes = new List<(Stored<OvertimeDay>? Before, OvertimeDay After)>();
            foreach (var row in rows)
            {
                var before = stored.GetValueOrDefault(row.Day);
                if (After(person, timeline, before?.Value, row) is { } after)
                {
                    changes.Add((before, after));
                }
            }

            if (changes.Count == 0 || await ledger.ChangeManyAsync(person.StaffId, changes, cancellationToken) is not null)
            {
                return changes.Count;
            }
        }

        throw new InvalidOperationException(
            $"The overtime of {person.StaffId} in {month:yyyy-MM} kept changing during the import; importing the file again completes it.");
    }

    /// <summary>The day with the row's actual, or null when it already says so (a repeat of the import) or there is nothing to record.</summary>
    private OvertimeDay? After(StaffMember person, DesignationTimeline timeline, OvertimeDay? before, ActualRow row)
    {
        if (before is null)
        {
            if (row.Minutes == 0)
            {
                return null;
            }

            return new OvertimeDay(person.StaffId, row.Day, 1, OvertimeState.Unrequested, "", null, 0, person.SupervisorId ?? "",
                timeline.On(row.Day), [], time.GetUtcNow(), 0)
            {
                ActualMinutes = row.Minutes,
                ActualSource = Source,
            }.Recounted();
        }

        // A day known only from the attendance system follows its division's designation as HR keeps it now.
        var designation = before.State == OvertimeState.Unrequested ? timeline.On(row.Day) : before.Designation;
        if (before.ActualMinutes == row.Minutes && before.ActualSource == Source && before.Designation == designation
            && before.CountedMinutes == before.Counts())
        {
            return null;
        }

        return (before with { ActualMinutes = row.Minutes, ActualEnd = null, ActualSource = Source, Designation = designation }).Recounted();
    }
}

/// <summary>What an import did: done (rows read, days changed), or refused with every error and its line (nothing written).</summary>
public sealed record ActualsOutcome(bool Done, IReadOnlyList<FieldError> Errors, int Rows = 0, int DaysChanged = 0)
{
    public static ActualsOutcome Refused(params FieldError[] errors) => new(false, errors);
}
