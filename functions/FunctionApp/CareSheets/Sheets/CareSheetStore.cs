using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.CareSheets.Sheets;

/// <summary>
/// The sheets table: one partition per sheet, a head row and a row per version. Every change of state is
/// a conditional write on the head's ETag, so two people (two approvers, an approver and the employee
/// withdrawing) can never both win; a new version is written with its head change in one transaction.
/// </summary>
public sealed class CareSheetStore(Tables tables)
{
    public const string Table = "CareSheets";

    public async Task CreateAsync(NewSheet sheet, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var head = new CareSheetEntity
        {
            PartitionKey = sheet.Id,
            OwnerId = sheet.Owner.StaffId,
            OwnerName = sheet.Owner.Name,
            BureauCode = sheet.Owner.BureauCode,
            DivisionCode = sheet.Owner.DivisionCode,
            State = nameof(CareSheetState.Pending),
            Version = 1,
            SnapshotId = sheet.SnapshotId,
            Approvers = sheet.FirstApproverId,
            Route = sheet.FirstApproverId,
            SubmittedAt = now,
            UpdatedAt = now,
        };
        Describe(head, sheet.Content);
        var table = await tables.GetAsync(Table, cancellationToken);
        await table.SubmitTransactionAsync(
            [new TableTransactionAction(TableTransactionActionType.Add, head), new TableTransactionAction(TableTransactionActionType.Add,
                VersionRow(sheet.Id, 1, sheet.Content, sheet.SnapshotId, now))],
            cancellationToken);
    }

    /// <summary>Undoes <see cref="CreateAsync"/> when its workflow could not be started: no half-submitted sheet is left.</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        await table.SubmitTransactionAsync(
            [new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(id, CareSheetEntity.Row), ETag.All),
             new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(id, CareSheetVersionEntity.RowOf(1)), ETag.All)],
            cancellationToken);
    }

    public async Task<CareSheet?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await ReadHeadAsync(id, cancellationToken) is { } head ? Of(head) : null;

    public async Task<CareSheetContent?> GetContentAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<CareSheetVersionEntity>(Key(id), CareSheetVersionEntity.RowOf(version),
            cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } v ? CareSheetJson.Read(v.Content) : null;
    }

    /// <summary>A new version from the owner, allowed while pending or returned; the route starts again with the given approver.</summary>
    public async Task<SheetChange> ReviseAsync(string id, CareSheetContent content, string snapshotId, string firstApproverId, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var table = await tables.GetAsync(Table, cancellationToken);
        while (true)
        {
            var head = await ReadHeadAsync(id, cancellationToken);
            if (head is null)
            {
                return new SheetChange(false, null, null);
            }

            var before = Of(head);
            if (before.State is not (CareSheetState.Pending or CareSheetState.Returned))
            {
                return new SheetChange(false, before, before);
            }

            head.Version++;
            head.State = nameof(CareSheetState.Pending);
            head.SnapshotId = snapshotId;
            head.Approvers = firstApproverId;
            head.Route = string.Join(',', before.Route.Append(firstApproverId).Distinct(StringComparer.Ordinal));
            head.DecidedBy = head.DecidedByName = head.Decision = head.DecisionComment = null;
            head.DecidedAt = null;
            head.UpdatedAt = now;
            Describe(head, content);
            try
            {
                await table.SubmitTransactionAsync(
                    [new TableTransactionAction(TableTransactionActionType.UpdateReplace, head, head.ETag),
                     new TableTransactionAction(TableTransactionActionType.Add, VersionRow(id, head.Version, content, snapshotId, now))],
                    cancellationToken);
                return new SheetChange(true, before, Of(head));
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
            {
                // Someone decided or withdrew meanwhile: judge again on what they left.
            }
        }
    }

    /// <summary>
    /// Records a decision if it is the first for this version and the decider is on its route now.
    /// The conditional write is the race's finish line: of two approvers exactly one wins.
    /// </summary>
    public async Task<DecisionClaim> TryDecideAsync(string id, int version, string deciderId, string deciderName, CareDecision decision,
        string? comment,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var target = decision switch
        {
            CareDecision.Approve => CareSheetState.Approved,
            CareDecision.Return => CareSheetState.Returned,
            _ => CareSheetState.Declined,
        };
        var result = await ChangeAsync(id, s => s.State == CareSheetState.Pending && s.Version == version && s.Approvers.Contains(deciderId), head =>
        {
            head.State = target.ToString();
            head.DecidedBy = deciderId;
            head.DecidedByName = deciderName;
            head.Decision = decision.ToString();
            head.DecisionComment = comment;
            head.DecidedAt = now;
            head.UpdatedAt = now;
        }, cancellationToken);
        return new DecisionClaim(result.Done, result.After);
    }

    /// <summary>Withdraws a sheet that is pending, returned or active.</summary>
    public Task<SheetChange> WithdrawAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, s => s.State is CareSheetState.Pending or CareSheetState.Returned or CareSheetState.Approved, head =>
        {
            head.State = nameof(CareSheetState.Withdrawn);
            head.UpdatedAt = now;
        }, cancellationToken);

    /// <summary>Puts one more approver (an escalation) on the route of a version still pending.</summary>
    public Task<SheetChange> AddApproverAsync(string id, int version, string approverId, DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(id, s => s.State == CareSheetState.Pending && s.Version == version, head =>
        {
            head.Approvers = Join(Split(head.Approvers).Append(approverId));
            head.Route = Join(Split(head.Route).Append(approverId));
            head.UpdatedAt = now;
        }, cancellationToken);

    /// <summary>
    /// HR gives the decision on a version still pending to one other person: they become its only approver (and keep read
    /// access as everyone on a route does). The approvers before lose the right to decide with this one write.
    /// </summary>
    public Task<SheetChange> ReassignAsync(string id, int version, string approverId, DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(id, s => s.State == CareSheetState.Pending && s.Version == version, head =>
        {
            head.Approvers = approverId;
            head.Route = Join(Split(head.Route).Append(approverId));
            head.UpdatedAt = now;
        }, cancellationToken);

    /// <summary>When a version was submitted (the head keeps only the first submission), or null when there is no such version.</summary>
    public async Task<DateTimeOffset?> VersionSubmittedAtAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<CareSheetVersionEntity>(Key(id), CareSheetVersionEntity.RowOf(version), ["SubmittedAt"],
            cancellationToken);
        return row.HasValue && row.Value is { } v ? v.SubmittedAt : null;
    }

    /// <summary>Ends an approved sheet whose period is over.</summary>
    public Task<SheetChange> EndAsync(string id, int version, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, s => s.State == CareSheetState.Approved && s.Version == version, head =>
        {
            head.State = nameof(CareSheetState.Ended);
            head.UpdatedAt = now;
        }, cancellationToken);

    /// <summary>
    /// Heads matching the filter. A scan of head rows with the state and owner filtered by the table service:
    /// sheets number in the thousands, and each row is small (its content lives in the version rows).
    /// </summary>
    public async Task<IReadOnlyList<CareSheet>> ListAsync(string? ownerId = null, CareSheetState? state = null, string? bureauCode = null,
        CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var filter = $"RowKey eq {TableKeys.Quote(CareSheetEntity.Row)}";
        if (ownerId is not null)
        {
            filter += $" and OwnerId eq {TableKeys.Quote(ownerId)}";
        }

        if (state is not null)
        {
            filter += $" and State eq {TableKeys.Quote(state.Value.ToString())}";
        }

        if (bureauCode is not null)
        {
            filter += $" and BureauCode eq {TableKeys.Quote(bureauCode)}";
        }

        var sheets = new List<CareSheet>();
        await foreach (var head in table.QueryAsync<CareSheetEntity>(filter, cancellationToken: cancellationToken))
        {
            sheets.Add(Of(head));
        }

        return [.. sheets.OrderByDescending(s => s.SubmittedAt)];
    }

    private async Task<SheetChange> ChangeAsync(string id, Func<CareSheet, bool> allowed, Action<CareSheetEntity> change,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        while (true)
        {
            var head = await ReadHeadAsync(id, cancellationToken);
            if (head is null)
            {
                return new SheetChange(false, null, null);
            }

            var before = Of(head);
            if (!allowed(before))
            {
                return new SheetChange(false, before, before);
            }

            change(head);
            try
            {
                await table.UpdateEntityAsync(head, head.ETag, TableUpdateMode.Replace, cancellationToken);
                return new SheetChange(true, before, Of(head));
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Changed since we read it: read again and judge on the new state.
            }
        }
    }

    private async Task<CareSheetEntity?> ReadHeadAsync(string id, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<CareSheetEntity>(Key(id), CareSheetEntity.Row, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    private static void Describe(CareSheetEntity head, CareSheetContent content)
    {
        head.Kind = content.Kind.ToString();
        head.PeriodFrom = content.PeriodFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        head.PeriodTo = content.PeriodTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static CareSheetVersionEntity VersionRow(string id, int version, CareSheetContent content, string snapshotId, DateTimeOffset now) => new()
    {
        PartitionKey = id,
        RowKey = CareSheetVersionEntity.RowOf(version),
        Content = CareSheetJson.Write(content),
        SnapshotId = snapshotId,
        SubmittedAt = now,
    };

    private static string Key(string id) => TableKeys.Encode(id);

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Join(IEnumerable<string> ids) => string.Join(',', ids.Distinct(StringComparer.Ordinal));

    private static CareSheet Of(CareSheetEntity e) => new(
        e.PartitionKey, e.OwnerId, e.OwnerName, e.BureauCode, e.DivisionCode,
        Enum.Parse<CareSheetKind>(e.Kind), Enum.Parse<CareSheetState>(e.State), e.Version, e.SnapshotId,
        DateOnly.ParseExact(e.PeriodFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(e.PeriodTo, "yyyy-MM-dd",
            CultureInfo.InvariantCulture),
        [.. Split(e.Approvers)], [.. Split(e.Route)], e.DecidedBy, e.DecidedByName,
        e.Decision is null ? null : Enum.Parse<CareDecision>(e.Decision), e.DecisionComment, e.DecidedAt, e.SubmittedAt, e.UpdatedAt);
}
