using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;

namespace Transformation.Attention;

/// <summary>
/// HR's actions on the attention list, one row per action id (table "AttentionActions"): who asked for what on which
/// workflow instance, when, and what came of it. It is the audit of these actions and what makes them idempotent: the row
/// is claimed before anything is done (insert-if-absent), a repeat of a finished action reads its outcome instead of
/// acting again, and a run that died part-way is taken over (ETag) once its claim is older than the lease. Rows hold ids
/// and the outcome's wording, never a sheet's content.
/// </summary>
public sealed class AttentionActionLog(Tables tables, TimeProvider time)
{
    public const string Table = "AttentionActions";

    private const string Row = "action";

    public async Task<AttentionClaim> ClaimAsync(AttentionRequest request, string actor, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var table = await tables.GetAsync(Table, cancellationToken);
        var key = TableKeys.Encode(request.ActionId!);
        while (true)
        {
            var now = time.GetUtcNow();
            var read = await table.GetEntityIfExistsAsync<TableEntity>(key, Row, cancellationToken: cancellationToken);
            if (!read.HasValue || read.Value is not { } row)
            {
                var fresh = new TableEntity(key, Row)
                {
                    ["ActionId"] = request.ActionId,
                    ["Actor"] = actor,
                    ["Action"] = request.Action,
                    ["InstanceId"] = request.InstanceId,
                    ["To"] = request.To,
                    ["State"] = "started",
                    ["StartedAt"] = now,
                };
                try
                {
                    await table.AddEntityAsync(fresh, cancellationToken);
                    return new AttentionClaim(AttentionClaimKind.New, null);
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    continue; // another run of the same action got there first: judge on its row
                }
            }

            if (!string.Equals(row.GetString("Actor"), actor, StringComparison.Ordinal)
                || !string.Equals(row.GetString("Action"), request.Action, StringComparison.Ordinal)
                || !string.Equals(row.GetString("InstanceId"), request.InstanceId, StringComparison.Ordinal)
                || !string.Equals(row.GetString("To") ?? "", request.To ?? "", StringComparison.Ordinal))
            {
                return new AttentionClaim(AttentionClaimKind.OtherAction, null);
            }

            if (row.GetString("State") == "done")
            {
                return new AttentionClaim(AttentionClaimKind.Done, OutcomeOf(row));
            }

            if (row.GetDateTimeOffset("StartedAt") is { } started && now - started < lease)
            {
                return new AttentionClaim(AttentionClaimKind.Busy, null);
            }

            row["StartedAt"] = now;
            try
            {
                await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge, cancellationToken);
                return new AttentionClaim(AttentionClaimKind.TakenOver, null);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Someone else took it over or finished it meanwhile: read again.
            }
        }
    }

    /// <summary>Writes how the action ended; a repeat of it answers this from then on.</summary>
    public async Task FinishAsync(string actionId, AttentionOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = new TableEntity(TableKeys.Encode(actionId), Row)
        {
            ["State"] = "done",
            ["Status"] = outcome.Status,
            ["MessageJa"] = outcome.Message.Ja,
            ["MessageEn"] = outcome.Message.En,
            ["CompletedAt"] = time.GetUtcNow(),
        };
        await table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>
    /// Gives the id back when the action did nothing (bad input found against the stored state), so it may be sent
    /// again corrected.
    /// </summary>
    public async Task ReleaseAsync(string actionId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        await table.DeleteEntityAsync(TableKeys.Encode(actionId), Row, ETag.All, cancellationToken);
    }

    /// <summary>A finished action of <paramref name="actor"/> (for the page after the redirect), or null.</summary>
    public async Task<AttentionOutcome?> OutcomeAsync(string actionId, string actor, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var read = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(actionId), Row, cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } row && row.GetString("State") == "done" && row.GetString("Actor") == actor ? OutcomeOf(row) : null;
    }

    private static AttentionOutcome OutcomeOf(TableEntity row) =>
        new(row.GetInt32("Status") ?? 200, new Text(row.GetString("MessageJa") ?? "", row.GetString("MessageEn") ?? ""));
}

/// <summary>A request for an action: which, on which workflow instance, to whom (reassign), under which id (a repeat uses the same).</summary>
public sealed record AttentionRequest(string? Action, string? InstanceId, string? To, string? ActionId);

/// <summary>How an action ended: an HTTP status and what to tell HR.</summary>
public sealed record AttentionOutcome(int Status, Text Message);

public enum AttentionClaimKind
{
    /// <summary>First time: go ahead.</summary>
    New,

    /// <summary>An earlier run died part-way: go ahead (every step can be repeated).</summary>
    TakenOver,

    /// <summary>Finished before: answer its outcome.</summary>
    Done,

    /// <summary>Another run is at it now.</summary>
    Busy,

    /// <summary>The id was used for a different action.</summary>
    OtherAction,
}

public sealed record AttentionClaim(AttentionClaimKind Kind, AttentionOutcome? Outcome);
