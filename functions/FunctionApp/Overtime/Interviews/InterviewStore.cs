using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.Overtime.Interviews;

/// <summary>
/// Table OvertimeInterviews: partition = the month ("yyyy-MM"), row = the staff id. One flag a person and month, added once
/// (a repeat finds it); the health office's record of the interview is written on it.
/// </summary>
public sealed class InterviewStore(Tables tables)
{
    public const string Table = "OvertimeInterviews";

    public async Task<InterviewFlag?> GetAsync(DateOnly month, string staffId, CancellationToken cancellationToken = default) =>
        (await GetStoredAsync(month, staffId, cancellationToken))?.Flag;

    /// <summary>Adds the flag unless the month already has one for the person; the stored flag either way.</summary>
    public async Task<InterviewFlag> AddAsync(InterviewFlag flag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var table = await tables.GetAsync(Table, cancellationToken);
        try
        {
            await table.AddEntityAsync(ToEntity(flag), cancellationToken);
            return flag;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await GetAsync(flag.Month, flag.StaffId, cancellationToken) ?? flag;
        }
    }

    public async Task<IReadOnlyList<InterviewFlag>> ListAsync(DateOnly month, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var flags = new List<InterviewFlag>();
        var filter = $"PartitionKey eq {TableKeys.Quote(InterviewMonths.Key(month))}";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            flags.Add(FromEntity(entity));
        }

        return flags;
    }

    /// <summary>Records the interview held on a day (a later record corrects it); null when the month has no flag for the person.</summary>
    public async Task<InterviewFlag?> RecordHeldAsync(DateOnly month, string staffId, DateOnly heldOn, string recordedBy, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var stored = await GetStoredAsync(month, staffId, cancellationToken);
            if (stored is null)
            {
                return null;
            }

            var held = stored.Value.Flag with { HeldOn = heldOn, RecordedBy = recordedBy, RecordedAt = at };
            var table = await tables.GetAsync(Table, cancellationToken);
            try
            {
                await table.UpdateEntityAsync(ToEntity(held), stored.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return held;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Recorded at the same moment by someone else: read again and write over it.
            }
        }

        throw new InvalidOperationException("The interview record kept changing while it was written.");
    }

    private async Task<(InterviewFlag Flag, ETag ETag)?> GetStoredAsync(DateOnly month, string staffId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(InterviewMonths.Key(month), TableKeys.Encode(staffId),
            cancellationToken: cancellationToken);
        return found.HasValue ? (FromEntity(found.Value!), found.Value!.ETag) : null;
    }

    private static TableEntity ToEntity(InterviewFlag flag) => new(flag.MonthKey, TableKeys.Encode(flag.StaffId))
    {
        ["StaffId"] = flag.StaffId,
        ["Name"] = flag.Name,
        ["DivisionName"] = flag.DivisionName,
        ["Reason"] = flag.Reason.ToString(),
        ["Hours"] = flag.Hours.ToString(CultureInfo.InvariantCulture),
        ["Months"] = flag.Months,
        ["FlaggedAt"] = flag.FlaggedAt,
        ["HeldOn"] = flag.HeldOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["RecordedBy"] = flag.RecordedBy,
        ["RecordedAt"] = flag.RecordedAt,
    };

    private static InterviewFlag FromEntity(TableEntity e) => new(
        InterviewMonths.Parse(e.PartitionKey) ?? throw new InvalidOperationException("An interview row's partition is not a month."),
        e.GetString("StaffId") ?? e.RowKey,
        e.GetString("Name") ?? "",
        e.GetString("DivisionName") ?? "",
        Enum.TryParse<InterviewReason>(e.GetString("Reason"), out var reason) ? reason : InterviewReason.Month,
        decimal.TryParse(e.GetString("Hours"), NumberStyles.Number, CultureInfo.InvariantCulture, out var hours) ? hours : 0m,
        e.GetInt32("Months") ?? 1,
        e.GetDateTimeOffset("FlaggedAt") ?? DateTimeOffset.MinValue)
    {
        HeldOn = DateOnly.TryParseExact(e.GetString("HeldOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var held)
            ? held
            : null,
        RecordedBy = e.GetString("RecordedBy"),
        RecordedAt = e.GetDateTimeOffset("RecordedAt"),
    };
}
