using System.Text.Json;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// The judges' scorecards (table "TeamUpScores", partition = season, row = "{judgeId}|{divisionCode}"). A save
/// replaces the judge's card for that entry in one write; whether it is still allowed is the caller's decision.
/// </summary>
public sealed class ScoreStore(Tables tables)
{
    public const string Table = "TeamUpScores";

    public async Task<Scorecard?> GetAsync(string seasonId, string judgeId, string divisionCode, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Encode(seasonId), Row(judgeId, divisionCode), cancellationToken: cancellationToken);
        return found.HasValue ? ToCard(found.Value!) : null;
    }

    /// <summary>Every card of the season (one partition: a single query).</summary>
    public async Task<IReadOnlyList<Scorecard>> ListAsync(string seasonId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = TableKeys.Encode(seasonId);
        var cards = new List<Scorecard>();
        await foreach (var e in table.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            cards.Add(ToCard(e));
        }

        return cards;
    }

    /// <summary>One judge's cards in the season (a range of row keys).</summary>
    public async Task<IReadOnlyList<Scorecard>> ListByJudgeAsync(string seasonId, string judgeId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = TableKeys.Encode(seasonId);
        var from = TableKeys.Encode(judgeId) + "|";
        var to = TableKeys.Encode(judgeId) + "}";
        var cards = new List<Scorecard>();
        await foreach (var e in table.QueryAsync<TableEntity>(
            x => x.PartitionKey == partition && x.RowKey.CompareTo(from) >= 0 && x.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            cards.Add(ToCard(e));
        }

        return cards;
    }

    public async Task SaveAsync(Scorecard card, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new TableEntity(TableKeys.Encode(card.SeasonId), Row(card.JudgeId, card.DivisionCode))
        {
            ["SeasonId"] = card.SeasonId,
            ["JudgeId"] = card.JudgeId,
            ["DivisionCode"] = card.DivisionCode,
            ["Scores"] = JsonSerializer.Serialize(card.Scores),
            ["ScoredAtUtc"] = card.ScoredAtUtc,
        };
        LongText.Write(entity, "Comment", card.Comment);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static string Row(string judgeId, string divisionCode) => TableKeys.Encode(judgeId) + "|" + TableKeys.Encode(divisionCode);

    private static Scorecard ToCard(TableEntity e) => new(
        e.GetString("SeasonId") ?? e.PartitionKey,
        e.GetString("JudgeId") ?? "",
        e.GetString("DivisionCode") ?? "",
        JsonSerializer.Deserialize<Dictionary<string, int>>(e.GetString("Scores") ?? "{}") ?? [],
        LongText.Read(e, "Comment"),
        e.GetDateTimeOffset("ScoredAtUtc") ?? DateTimeOffset.MinValue);
}
