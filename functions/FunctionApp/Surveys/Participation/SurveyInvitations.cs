using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Participation;

/// <summary>
/// Gives staff their survey links and keeps who has answered: the services the cycle orchestration calls
/// (invite, re-invite for reminders, non-respondents, response rates). Table "SurveyInvitations", partitions
/// "{cycle}|{00..3f}" by staff id, as many as the cycle was opened with (see <see cref="SurveyTokens.Partitions"/>).
/// </summary>
public sealed partial class SurveyInvitations(
    Tables tables,
    SurveyCycles cycles,
    QuestionnaireSource questionnaire,
    IOptions<AppOptions> app,
    IOptions<SurveyOptions> options,
    ILogger<SurveyInvitations> log)
{
    public const string Table = "SurveyInvitations";

    /// <summary>Two rows a person (participation and link), so a batch of 100 entities invites 50 people.</summary>
    private const int PeoplePerBatch = 50;

    /// <summary>
    /// Opens the cycle until <paramref name="closesAt"/> and gives every listed person a fresh link. Someone already
    /// invited gets a new link that carries their draft over, and their older link stops working (so calling this
    /// again for non-respondents is how reminders get a link, and a retried call is harmless). Someone who has
    /// already answered gets nothing. New invitations are written in batch transactions of 100 entities.
    /// </summary>
    public async Task<SurveyInvitationResult> InviteAsync(string cycleId, IReadOnlyList<StaffMember> staff, DateTimeOffset closesAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        SurveyCycleIds.ThrowIfInvalid(cycleId);
        var cycle = await cycles.OpenAsync(cycleId, closesAt, questionnaire.Current.Version, cancellationToken);
        var table = await tables.GetAsync(Table, cancellationToken);
        var links = new ConcurrentBag<SurveyLink>();
        var answered = new ConcurrentBag<string>();
        var batches = staff.DistinctBy(s => s.StaffId, StringComparer.Ordinal)
            .GroupBy(s => SurveyTokens.PartitionOf(s.StaffId, cycle.Partitions))
            .SelectMany(g => g.Chunk(PeoplePerBatch).Select(chunk => (Partition: g.Key, People: chunk)))
            .ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = options.Value.WriteParallelism,
            CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                var issued = batch.People.Select(p => (Person: p, Token: SurveyTokens.New(cycleId, batch.Partition))).ToList();
                var actions = issued.SelectMany(i => NewRows(cycleId, batch.Partition, i.Person, i.Token, null))
                    .Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)).ToList();
                try
                {
                    await table.SubmitTransactionAsync(actions, ct);
                    foreach (var (person, token) in issued)
                    {
                        links.Add(LinkFor(person, token));
                    }
                }
                catch (TableTransactionFailedException e) when (e.Status == 409)
                {
                    // Someone of this batch was invited before (a retry, or a reminder): one by one, superseding their link.
                    foreach (var person in batch.People)
                    {
                        var link = await ReinviteAsync(table, cycleId, batch.Partition, person, ct);
                        if (link is null)
                        {
                            answered.Add(person.StaffId);
                        }
                        else
                        {
                            links.Add(link);
                        }
                    }
                }
            });
        LogInvited(cycleId, links.Count, answered.Count);
        return new SurveyInvitationResult(links.ToList(), answered.ToList());
    }

    /// <summary>Invited staff who have not answered yet, for reminders.</summary>
    public async Task<IReadOnlyList<SurveyParticipant>> NonRespondentsAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var rows = await ParticipationAsync(cycleId, "Submitted eq false", ["StaffId", "BureauCode", "DivisionCode", "Language"], cancellationToken);
        return rows.Select(r => new SurveyParticipant(r.StaffId, r.BureauCode, r.DivisionCode, Languages.Parse(r.Language)))
            .OrderBy(p => p.StaffId, StringComparer.Ordinal).ToList();
    }

    /// <summary>Invited and answered, ministry-wide, per bureau and per division (division as at invitation).</summary>
    public async Task<SurveyResponseRates> ResponseRateAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var rows = await ParticipationAsync(cycleId, null, ["BureauCode", "BureauName", "DivisionCode", "DivisionName", "Submitted"],
            cancellationToken);
        var ministry = new GroupRate("", "", null, rows.Count, rows.Count(r => r.Submitted));
        var bureaus = rows.GroupBy(r => r.BureauCode, StringComparer.Ordinal)
            .Select(g => new GroupRate(g.Key, g.First().BureauName, null, g.Count(), g.Count(r => r.Submitted)))
            .OrderBy(g => g.Code, StringComparer.Ordinal).ToList();
        var divisions = rows.GroupBy(r => (r.BureauCode, r.DivisionCode))
            .Select(g => new GroupRate(g.Key.DivisionCode, g.First().DivisionName, g.Key.BureauCode, g.Count(), g.Count(r => r.Submitted)))
            .OrderBy(g => g.BureauCode, StringComparer.Ordinal).ThenBy(g => g.Code, StringComparer.Ordinal).ToList();
        return new SurveyResponseRates(cycleId, ministry, bureaus, divisions);
    }

    private async Task<List<ParticipationEntity>> ParticipationAsync(string cycleId, string? filter, string[] select,
        CancellationToken cancellationToken)
    {
        SurveyCycleIds.ThrowIfInvalid(cycleId);
        // No such cycle: nobody was invited to it.
        var partitions = await cycles.PartitionsAsync(cycleId, cancellationToken) ?? 0;
        var table = await tables.GetAsync(Table, cancellationToken);
        var parts = await Task.WhenAll(Enumerable.Range(0, partitions).Select(async partition =>
        {
            var query = $"PartitionKey eq {TableKeys.Quote(SurveyTokens.PartitionKey(cycleId, partition))}"
                + $" and RowKey ge {TableKeys.Quote(InvitationRows.ParticipationPrefix)}"
                + $" and RowKey lt {TableKeys.Quote(InvitationRows.ParticipationEnd)}"
                + (filter is null ? "" : " and " + filter);
            var rows = new List<ParticipationEntity>();
            await foreach (var row in table.QueryAsync<ParticipationEntity>(query, maxPerPage: 1000, select: select,
                cancellationToken: cancellationToken))
            {
                rows.Add(row);
            }

            return rows;
        }));
        return parts.SelectMany(p => p).ToList();
    }

    /// <summary>A new link for someone already invited: the old link superseded, the draft moved, in one batch.</summary>
    private async Task<SurveyLink?> ReinviteAsync(TableClient table, string cycleId, int partition, StaffMember person,
        CancellationToken cancellationToken)
    {
        var partitionKey = SurveyTokens.PartitionKey(cycleId, partition);
        var staffRow = InvitationRows.Participation(person.StaffId);
        for (var attempt = 0; ; attempt++)
        {
            var token = SurveyTokens.New(cycleId, partition);
            var current = await table.GetEntityIfExistsAsync<ParticipationEntity>(partitionKey, staffRow, cancellationToken: cancellationToken);
            try
            {
                if (!current.HasValue || current.Value is not { } participation)
                {
                    await table.SubmitTransactionAsync(NewRows(cycleId, partition, person, token, null)
                        .Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken);
                    return LinkFor(person, token);
                }

                if (participation.Submitted)
                {
                    return null;
                }

                var oldRead = await table.GetEntityIfExistsAsync<LinkEntity>(partitionKey, participation.LinkRow,
                    cancellationToken: cancellationToken);
                var old = oldRead.HasValue ? oldRead.Value : null;
                var newLink = (LinkEntity)NewRows(cycleId, partition, person, token, old)[1];
                participation.LinkRow = newLink.RowKey;
                var actions = new List<TableTransactionAction>
                {
                    new(TableTransactionActionType.Add, newLink),
                    new(TableTransactionActionType.UpdateMerge, participation, participation.ETag),
                };
                if (old is not null)
                {
                    actions.Add(new(TableTransactionActionType.UpdateReplace, Stub(old, LinkState.Superseded), old.ETag));
                }

                await table.SubmitTransactionAsync(actions, cancellationToken);
                return LinkFor(person, token);
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && attempt < 5)
            {
                // A submission or another invitation changed these rows meanwhile: read again and decide again.
            }
        }
    }

    /// <summary>The participation row and the link row of a new invitation (the draft carried over from an older link, if any).</summary>
    private static ITableEntity[] NewRows(string cycleId, int partition, StaffMember person, string token, LinkEntity? carried)
    {
        var partitionKey = SurveyTokens.PartitionKey(cycleId, partition);
        var staffRow = InvitationRows.Participation(person.StaffId);
        var link = new LinkEntity
        {
            PartitionKey = partitionKey,
            RowKey = InvitationRows.Link(SurveyTokens.Hash(token)),
            State = LinkState.Open,
            StaffRow = staffRow,
            BureauCode = carried?.BureauCode ?? person.BureauCode,
            DivisionCode = carried?.DivisionCode ?? person.DivisionCode,
            Language = person.Language.Code(),
            DraftScores = carried?.DraftScores,
            DraftComments = carried?.DraftComments,
        };
        var participation = new ParticipationEntity
        {
            PartitionKey = partitionKey,
            RowKey = staffRow,
            StaffId = person.StaffId,
            BureauCode = person.BureauCode,
            BureauName = person.BureauName,
            DivisionCode = person.DivisionCode,
            DivisionName = person.DivisionName,
            Language = person.Language.Code(),
            Submitted = false,
            LinkRow = link.RowKey,
        };
        return [participation, link];
    }

    /// <summary>A link row reduced to its state: no draft left behind.</summary>
    internal static LinkEntity Stub(LinkEntity link, string state) => new()
    {
        PartitionKey = link.PartitionKey,
        RowKey = link.RowKey,
        State = state,
        StaffRow = link.StaffRow,
        BureauCode = link.BureauCode,
        DivisionCode = link.DivisionCode,
        Language = link.Language,
    };

    private SurveyLink LinkFor(StaffMember person, string token) =>
        new(person.StaffId, person.Email, person.Language, token, new Uri(app.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/') + "/survey/" + token));

    [LoggerMessage(LogLevel.Information, "Survey cycle {CycleId}: {Links} links issued, {Answered} staff had already answered")]
    private partial void LogInvited(string cycleId, int links, int answered);
}
