using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>
/// The stored state of each round, one row per round (partition "round", row = round id). Every change is a merge
/// of the fields it owns, guarded so a phase never moves back; reads are never cached, so a close is seen at once.
/// </summary>
public sealed class RoundStore(Tables tables, TimeProvider time)
{
    public const string Table = "ThreeSixtyRounds";
    private const string Partition = "round";

    /// <summary>Creates the round, or returns the one already stored (a second start changes nothing).</summary>
    public async Task<Round> CreateAsync(Round round, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        var table = await tables.GetAsync(Table, cancellationToken);
        try
        {
            await table.AddEntityAsync(ToEntity(round), cancellationToken);
            return round;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await GetAsync(round.RoundId, cancellationToken) ?? throw new InvalidOperationException("The round vanished.", e);
        }
    }

    public async Task<Round?> GetAsync(string roundId, CancellationToken cancellationToken = default)
    {
        if (!RoundIds.IsValid(roundId))
        {
            return null;
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, roundId, cancellationToken: cancellationToken);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    /// <summary>Opens rating with its deadline and partitions; a round already rating keeps what it has.</summary>
    public Task<Round> OpenRatingAsync(string roundId, DateTimeOffset deadline, int partitions, CancellationToken cancellationToken = default) =>
        ChangeAsync(roundId, r => r.Phase == RoundPhase.Nominating
            ? r with { Phase = RoundPhase.Rating, RatingDeadline = deadline, Partitions = partitions }
            : r, cancellationToken);

    /// <summary>Moves the rating deadline (HR's extension); only while rating is open.</summary>
    public Task<Round> ExtendAsync(string roundId, DateTimeOffset deadline, CancellationToken cancellationToken = default) =>
        ChangeAsync(roundId, r => r.IsRatingOpenAt(time.GetUtcNow()) && deadline > r.RatingDeadline ? r with { RatingDeadline = deadline } : r,
            cancellationToken);

    /// <summary>Closes rating now (the deadline or HR): from this moment nothing is saved or accepted. A second close keeps the first.</summary>
    public Task<Round> CloseAsync(string roundId, CancellationToken cancellationToken = default) =>
        ChangeAsync(roundId, r => r.Phase == RoundPhase.Rating && r.ClosedAt is null
            ? r with { Phase = RoundPhase.Reporting, ClosedAt = time.GetUtcNow() }
            : r, cancellationToken);

    /// <summary>Records that every waiting answer has been released.</summary>
    public Task<Round> MarkSealedAsync(string roundId, CancellationToken cancellationToken = default) =>
        ChangeAsync(roundId, r => r.SealedAt is null ? r with { SealedAt = time.GetUtcNow() } : r, cancellationToken);

    public Task<Round> MarkReportedAsync(string roundId, CancellationToken cancellationToken = default) =>
        ChangeAsync(roundId, r => r.Phase == RoundPhase.Reporting ? r with { Phase = RoundPhase.Reported } : r, cancellationToken);

    private async Task<Round> ChangeAsync(string roundId, Func<Round, Round> change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        while (true)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, roundId, cancellationToken: cancellationToken);
            if (!found.HasValue)
            {
                throw new InvalidOperationException($"360 round {roundId} does not exist.");
            }

            var current = FromEntity(found.Value!);
            var changed = change(current);
            if (changed == current)
            {
                return current;
            }

            try
            {
                await table.UpdateEntityAsync(ToEntity(changed), found.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return changed;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Someone else changed the round in between: decide again on what they wrote.
            }
        }
    }

    private static TableEntity ToEntity(Round r) => new(Partition, r.RoundId)
    {
        ["SnapshotId"] = r.SnapshotId,
        ["Phase"] = r.Phase.ToString(),
        ["OpenedAt"] = r.OpenedAt,
        ["NominationDeadline"] = r.NominationDeadline,
        ["QuestionnaireVersion"] = r.QuestionnaireVersion,
        ["RatingDeadline"] = r.RatingDeadline,
        ["ClosedAt"] = r.ClosedAt,
        ["Partitions"] = r.Partitions,
        ["SealedAt"] = r.SealedAt,
    };

    private static Round FromEntity(TableEntity e) => new(
        e.RowKey,
        e.GetString("SnapshotId") ?? "",
        Enum.Parse<RoundPhase>(e.GetString("Phase") ?? nameof(RoundPhase.Nominating)),
        e.GetDateTimeOffset("OpenedAt") ?? default,
        e.GetDateTimeOffset("NominationDeadline") ?? default,
        e.GetString("QuestionnaireVersion") ?? "",
        e.GetDateTimeOffset("RatingDeadline"),
        e.GetDateTimeOffset("ClosedAt"),
        e.GetInt32("Partitions") ?? 0,
        e.GetDateTimeOffset("SealedAt"));
}
