using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;
using Transformation.Surveys.Answers;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Sealing;

namespace Transformation.Surveys.Answering;

/// <summary>
/// Opening a survey link, saving its draft and submitting it: what the pages and the API share.
/// Storage round trips: open 1 (the cycle comes from a short cache), save 2, submit 3
/// (read the link; write the sealed answer; mark link and participation in one batch transaction).
/// </summary>
public sealed partial class SurveyAnswering(
    Tables tables,
    SurveyCycles cycles,
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
            _ => new SurveyOpening(new SurveySession(token, link, cycle,
                new SurveyAnswers(AnswerCodec.DecodeScores(link.DraftScores), AnswerCodec.DecodeComments(link.DraftComments))), null, language),
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
            link.DraftScores = AnswerCodec.EncodeScores(draft.Scores);
            link.DraftComments = AnswerCodec.EncodeComments(draft.Comments);
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
        var holding = await tables.GetAsync(SurveySealer.HoldingTable, cancellationToken);
        var invitations = await tables.GetAsync(SurveyInvitations.Table, cancellationToken);
        var link = session.Link;
        var sealedAnswer = new SealedAnswerEntity
        {
            PartitionKey = AnswerPartitions.Of(session.Cycle.CycleId, link.DivisionCode),
            RowKey = SurveyTokens.SealKey(session.Token),
            CycleId = session.Cycle.CycleId,
            BureauCode = link.BureauCode,
            DivisionCode = link.DivisionCode,
            QuestionnaireVersion = questionnaire.Current.Version,
            Scores = AnswerCodec.EncodeScores(answers.Scores),
            Comments = AnswerCodec.EncodeComments(answers.Comments),
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
                        new TableTransactionAction(TableTransactionActionType.UpdateReplace, SurveyInvitations.Stub(link, LinkState.Submitted), link.ETag),
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
