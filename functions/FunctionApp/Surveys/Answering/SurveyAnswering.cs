using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Sealing;

namespace Transformation.Surveys.Answering;

/// <summary>
/// Opening a survey link, saving its draft and submitting it: what the pages and the API share.
/// Storage round trips: open 1 (the cycle comes from a short cache), save 2, submit 3 (read the cycle as stored;
/// write the sealed answer; mark link and participation in one batch transaction). Drafts and answers are stored
/// sealed (<see cref="SurveySealer"/>): a reader of the storage account cannot open them.
/// </summary>
public sealed partial class SurveyAnswering(
    Tables tables,
    SurveyCycles cycles,
    SurveySealer sealer,
    QuestionnaireSource questionnaire,
    TimeProvider time,
    ILogger<SurveyAnswering> log)
{
    public async Task<SurveyOpening> OpenAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!SurveyTokens.TryParse(token, out var cycleId, out var partition))
        {
            return SurveyOpening.Refused(SurveyRefusal.Unknown);
        }

        var linkTask = ReadLinkAsync(token, cycleId, partition, cancellationToken);
        var cycle = await cycles.GetAsync(cycleId, cancellationToken);
        var link = await linkTask;
        if (link is null || cycle is null)
        {
            return SurveyOpening.Refused(SurveyRefusal.Unknown);
        }

        var language = Languages.Parse(link.Language);
        return link.State switch
        {
            LinkState.Submitted => SurveyOpening.Refused(SurveyRefusal.AlreadySubmitted, language),
            LinkState.Superseded => SurveyOpening.Refused(SurveyRefusal.Superseded, language),
            _ when !cycle.IsOpenAt(time.GetUtcNow()) => SurveyOpening.Refused(SurveyRefusal.Closed, language),
            _ => new SurveyOpening(new SurveySession(token, link, cycle, Draft(link)), null, language),
        };
    }

    /// <summary>Replaces the draft. Two tabs saving at once: the later save wins, unless the link was submitted meanwhile.</summary>
    public async Task<SurveyRefusal?> SaveDraftAsync(SurveySession session, SurveyAnswers draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(draft);
        var table = await tables.GetAsync(SurveyInvitations.Table, cancellationToken);
        while (true)
        {
            var link = session.Link;
            var context = new LinkContext(link.PartitionKey, link.StaffRow);
            link.DraftScores = sealer.SealDraft(context, AnswerCodec.EncodeScores(draft.Scores));
            link.DraftComments = sealer.SealDraft(context, AnswerCodec.EncodeComments(draft.Comments));
            try
            {
                await table.UpdateEntityAsync(link, link.ETag, TableUpdateMode.Replace, cancellationToken);
                return null;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                var again = await OpenAsync(session.Token, cancellationToken);
                if (again.Session is null)
                {
                    return again.Refusal;
                }

                session = again.Session;
            }
        }
    }

    /// <summary>
    /// Submits <paramref name="answers"/> (already checked) once. The answer goes to the holding table, under a key
    /// derived from the token (never stored) and carrying only cycle, bureau and division; then the link and the
    /// participation row are marked in one batch transaction, the draft removed. If the marking loses a race
    /// (another submission of the same link), the answer this call wrote is taken back.
    /// </summary>
    public async Task<SurveyRefusal?> SubmitAsync(SurveySession session, SurveyAnswers answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(answers);
        // The cycle as stored, not a cached copy: an answer after the close would never be counted.
        var cycle = await cycles.GetFreshAsync(session.Cycle.CycleId, cancellationToken);
        if (cycle is null || !cycle.IsOpenAt(time.GetUtcNow()))
        {
            return SurveyRefusal.Closed;
        }

        var holding = await tables.GetAsync(SurveySealer.HoldingTable, cancellationToken);
        var invitations = await tables.GetAsync(SurveyInvitations.Table, cancellationToken);
        var link = session.Link;
        var partitionKey = AnswerPartitions.Of(session.Cycle.CycleId, link.DivisionCode);
        var rowKey = SurveyTokens.SealKey(session.Token);
        var sealedAnswer = new SealedAnswerEntity
        {
            PartitionKey = partitionKey,
            RowKey = rowKey,
            CycleId = session.Cycle.CycleId,
            BureauCode = link.BureauCode,
            DivisionCode = link.DivisionCode,
            QuestionnaireVersion = questionnaire.Current.Version,
            Scores = sealer.Seal(partitionKey, rowKey, AnswerCodec.EncodeScores(answers.Scores)),
            Comments = sealer.Seal(partitionKey, rowKey, AnswerCodec.EncodeComments(answers.Comments)),
        };
        // The ETag of the row this call created, if it created one: only that exact row may be taken back.
        ETag? wroteNew;
        try
        {
            wroteNew = (await holding.AddEntityAsync(sealedAnswer, cancellationToken)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // An earlier attempt through this same link got this far (a retry, or a double click): same person, one row.
            wroteNew = null;
            await holding.UpsertEntityAsync(sealedAnswer, TableUpdateMode.Replace, cancellationToken);
        }

        try
        {
            while (true)
            {
                try
                {
                    await invitations.SubmitTransactionAsync(
                    [
                        new TableTransactionAction(TableTransactionActionType.UpdateReplace, SurveyInvitations.Stub(link, LinkState.Submitted),
                            link.ETag),
                        new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                            new TableEntity(link.PartitionKey, link.StaffRow) { ["Submitted"] = true }, ETag.All),
                    ], cancellationToken);
                    LogSubmitted(session.Cycle.CycleId);
                    return null;
                }
                catch (TableTransactionFailedException e) when (e.Status == 412)
                {
                    var again = await OpenAsync(session.Token, cancellationToken);
                    if (again.Session is null)
                    {
                        await TakeBackAsync(holding, sealedAnswer, wroteNew, cancellationToken);
                        return again.Refusal;
                    }

                    link = again.Session.Link; // a draft save in another tab moved the ETag: mark again
                }
            }
        }
        catch (Exception) when (wroteNew is not null)
        {
            await TakeBackAsync(holding, sealedAnswer, wroteNew, CancellationToken.None);
            throw;
        }
    }

    private static async Task TakeBackAsync(TableClient holding, SealedAnswerEntity sealedAnswer, ETag? wroteNew, CancellationToken cancellationToken)
    {
        if (wroteNew is not { } etag)
        {
            return;
        }

        try
        {
            await holding.DeleteEntityAsync(sealedAnswer.PartitionKey, sealedAnswer.RowKey, etag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Gone already, or rewritten by the submission that won (its answer stays).
        }
    }

    private SurveyAnswers Draft(LinkEntity link)
    {
        var context = new LinkContext(link.PartitionKey, link.StaffRow);
        return new SurveyAnswers(
            AnswerCodec.DecodeScores(sealer.OpenDraft(context, link.DraftScores)),
            AnswerCodec.DecodeComments(sealer.OpenDraft(context, link.DraftComments)));
    }

    private async Task<LinkEntity?> ReadLinkAsync(string token, string cycleId, int partition, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(SurveyInvitations.Table, cancellationToken);
        var read = await table.GetEntityIfExistsAsync<LinkEntity>(SurveyTokens.PartitionKey(cycleId, partition),
            InvitationRows.Link(SurveyTokens.Hash(token)), cancellationToken: cancellationToken);
        return read.HasValue ? read.Value : null;
    }

    [LoggerMessage(LogLevel.Information, "Survey answer submitted in cycle {CycleId}")]
    private partial void LogSubmitted(string cycleId);
}
