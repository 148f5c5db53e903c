using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Rating;

/// <summary>
/// Opening a rater link, saving a subject's draft and submitting it. Opening reads the link row and the round (two
/// point reads, at once). A save or submission rewrites the link row (ETag-checked, so a superseded link or a
/// concurrent change is noticed) and the participation row's list in one batch; a submission first writes the
/// sealed rating to <see cref="HoldingTable"/>, under a key derived from the token and the subject.
/// </summary>
public sealed partial class RatingAnswering(
    Tables tables,
    RoundStore rounds,
    RatingSeal seal,
    RatingQuestionnaireSource questionnaire,
    TimeProvider time,
    ILogger<RatingAnswering> log)
{
    public const string HoldingTable = "ThreeSixtySealed";

    /// <summary>
    /// Opens a link. A link whose every subject is submitted is refused (<see cref="RatingRefusal.Finished"/>) unless
    /// <paramref name="showFinished"/>: the list a rater lands on after their last submission still shows, read-only.
    /// </summary>
    public async Task<RatingOpening> OpenAsync(string? token, bool showFinished = false, CancellationToken cancellationToken = default)
    {
        if (!RatingTokens.TryParse(token, out var roundId, out var partition))
        {
            return RatingOpening.Refused(RatingRefusal.Unknown);
        }

        var table = await tables.GetAsync(RaterRows.Table, cancellationToken);
        var linkTask = table.GetEntityIfExistsAsync<TableEntity>(RatingTokens.PartitionKey(roundId, partition),
            RaterRows.Link(RatingTokens.Hash(token!)), cancellationToken: cancellationToken);
        var round = await rounds.GetAsync(roundId, cancellationToken);
        var read = await linkTask;
        if (!read.HasValue || round is null)
        {
            return RatingOpening.Refused(RatingRefusal.Unknown);
        }

        var link = read.Value!;
        var language = Languages.Parse(link.GetString("Language"));
        return link.GetString("State") switch
        {
            RaterLinkState.Superseded => RatingOpening.Refused(RatingRefusal.Superseded, language),
            RaterLinkState.Done when !showFinished => RatingOpening.Refused(RatingRefusal.Finished, language),
            _ when !round.IsRatingOpenAt(time.GetUtcNow()) => RatingOpening.Refused(RatingRefusal.Closed, language),
            _ => new RatingOpening(new RatingSession(token!, link, round, RaterSubject.Decode(link.GetString("Subjects")), language), null,
                language),
        };
    }

    /// <summary>The subject's saved draft (empty when none, or when it cannot be opened: then it is as if unsaved).</summary>
    public RatingResponse Draft(RatingSession session, string subjectId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var index = session.IndexOf(subjectId);
        if (index < 0)
        {
            return RatingResponse.Empty;
        }

        var opened = seal.Open(session.Link.GetString(RaterRows.Draft(index)),
            RatingSeal.DraftContext(session.PartitionKey, session.RaterRow, subjectId));
        return RatingResponse.Decode(opened) ?? RatingResponse.Empty;
    }

    /// <summary>Replaces the subject's draft. Two tabs saving at once: the later save wins, unless it was submitted meanwhile.</summary>
    public async Task<RatingRefusal?> SaveDraftAsync(RatingSession session, string subjectId, RatingResponse draft,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(draft);
        var table = await tables.GetAsync(RaterRows.Table, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            if (Refusal(session, subjectId) is { } refused)
            {
                return refused;
            }

            var index = session.IndexOf(subjectId);
            var subjects = RaterSubject.With(session.Subjects, subjectId, SubjectState.Draft);
            var link = session.Link;
            link[RaterRows.Draft(index)] = seal.Seal(draft.Encode(), RatingSeal.DraftContext(session.PartitionKey, session.RaterRow, subjectId));
            link["Subjects"] = RaterSubject.Encode(subjects);
            try
            {
                await WriteAsync(table, link, session.RaterRow, subjects, cancellationToken);
                return null;
            }
            catch (TableTransactionFailedException e) when (e.Status is 412 or 404 && attempt < 5)
            {
                var again = await OpenAsync(session.Token, cancellationToken: cancellationToken);
                if (again.Session is null)
                {
                    return again.Refusal;
                }

                session = again.Session;
            }
        }
    }

    /// <summary>
    /// Submits the subject's rating (already checked) once. The sealed rating goes to the holding table first; then
    /// the link and participation rows mark the subject submitted (the draft removed). If the marking finds the link
    /// superseded, closed or the subject submitted meanwhile, the rating this call wrote is taken back.
    /// </summary>
    public async Task<RatingRefusal?> SubmitAsync(RatingSession session, string subjectId, RatingResponse response,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(response);
        if (Refusal(session, subjectId) is { } early)
        {
            return early;
        }

        // The round as stored, never a cached copy: a rating after the close would never be released.
        var round = await rounds.GetAsync(session.Round.RoundId, cancellationToken);
        if (round is null || !round.IsRatingOpenAt(time.GetUtcNow()))
        {
            return RatingRefusal.Closed;
        }

        var subject = session.Subjects[session.IndexOf(subjectId)];
        var holding = await tables.GetAsync(HoldingTable, cancellationToken);
        var raters = await tables.GetAsync(RaterRows.Table, cancellationToken);
        var partitionKey = AnswerPartitionKey(round.RoundId, subjectId);
        var rowKey = RatingTokens.SealKey(session.Token, subjectId);
        var waiting = new SealedRating(subjectId, subject.Group, response.Scores, response.Strengths, response.Suggestions,
            questionnaire.Current.Version);
        var row = new TableEntity(partitionKey, rowKey)
        {
            ["Rating"] = seal.Seal(waiting.Encode(), RatingSeal.AnswerContext(partitionKey, rowKey)),
        };
        ETag? wroteNew;
        try
        {
            wroteNew = (await holding.AddEntityAsync(row, cancellationToken)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // An earlier attempt through this link for this subject got this far (a retry, a double click): one row.
            wroteNew = null;
            await holding.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }

        try
        {
            for (var attempt = 0; ; attempt++)
            {
                if (Refusal(session, subjectId) is { } refused)
                {
                    await TakeBackAsync(holding, row, wroteNew, cancellationToken);
                    return refused;
                }

                var subjects = RaterSubject.With(session.Subjects, subjectId, SubjectState.Submitted);
                var link = session.Link;
                link.Remove(RaterRows.Draft(session.IndexOf(subjectId)));
                link["Subjects"] = RaterSubject.Encode(subjects);
                if (RaterSubject.IsFinished(subjects))
                {
                    link["State"] = RaterLinkState.Done;
                }

                try
                {
                    await WriteAsync(raters, link, session.RaterRow, subjects, cancellationToken);
                    LogSubmitted(round.RoundId);
                    return null;
                }
                catch (TableTransactionFailedException e) when (e.Status is 412 or 404 && attempt < 5)
                {
                    var again = await OpenAsync(session.Token, cancellationToken: cancellationToken);
                    if (again.Session is null)
                    {
                        await TakeBackAsync(holding, row, wroteNew, cancellationToken);
                        return again.Refusal;
                    }

                    session = again.Session;
                }
            }
        }
        catch (Exception) when (wroteNew is not null)
        {
            await TakeBackAsync(holding, row, wroteNew, CancellationToken.None);
            throw;
        }
    }

    /// <summary>The holding (and answers) partition of a subject's ratings in a round.</summary>
    public static string AnswerPartitionKey(string roundId, string subjectId) => roundId + "|" + TableKeys.Encode(subjectId);

    private static RatingRefusal? Refusal(RatingSession session, string subjectId)
    {
        var index = session.IndexOf(subjectId);
        if (index < 0)
        {
            return RatingRefusal.NotListed;
        }

        return session.Subjects[index].State == SubjectState.Submitted ? RatingRefusal.AlreadySubmitted : null;
    }

    /// <summary>The link row as changed, and the same list on the participation row, in one batch.</summary>
    private static async Task WriteAsync(TableClient table, TableEntity link, string raterRow, IReadOnlyList<RaterSubject> subjects,
        CancellationToken cancellationToken) =>
        await table.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, link, link.ETag),
            new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                new TableEntity(link.PartitionKey, raterRow) { ["Subjects"] = RaterSubject.Encode(subjects) }, ETag.All),
        ], cancellationToken);

    private static async Task TakeBackAsync(TableClient holding, TableEntity row, ETag? wroteNew, CancellationToken cancellationToken)
    {
        if (wroteNew is not { } etag)
        {
            return;
        }

        try
        {
            await holding.DeleteEntityAsync(row.PartitionKey, row.RowKey, etag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Gone already, or rewritten by the submission that won (its rating stays).
        }
    }

    [LoggerMessage(LogLevel.Information, "360 rating submitted in round {RoundId}")]
    private partial void LogSubmitted(string roundId);
}
