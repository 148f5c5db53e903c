using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// Builds and stores the round's reports (after the answers are released) and then the grade-band norms. Both are
/// repeatable: the same answers give the same reports, stored over the earlier ones. The norms come from what each
/// chunk's reports add to them, taken while the reports are in memory, so nothing reads the round's reports back.
/// </summary>
public sealed class ReportPublisher(
    IReleasedAnswers answers,
    ReportStore store,
    RosterDirectory roster,
    RatingQuestionnaireSource questionnaire,
    IOptions<ThreeSixtyReportOptions> options)
{
    /// <summary>Builds and stores the reports of a round built in one chunk: these subjects are all it has.</summary>
    public Task<ReportChunk> BuildAsync(Round round, IReadOnlyList<string> subjectIds, CancellationToken cancellationToken) =>
        BuildAsync(round, subjectIds, ReportSpan.Whole, cancellationToken);

    /// <summary>
    /// Builds and stores the reports of these subjects, one chunk of the round owning <paramref name="span"/>; returns
    /// how many were stored and what they add to the norms. The chunk's answers and last year's reports are each read
    /// with one range query (the round's activities pass a contiguous run of sorted subjects) and the reports written
    /// as a few packs of many subjects each (<see cref="ReportStore"/>), replacing whatever else the span held.
    /// </summary>
    public async Task<ReportChunk> BuildAsync(
        Round round, IReadOnlyList<string> subjectIds, ReportSpan span, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(subjectIds);
        ArgumentNullException.ThrowIfNull(span);
        var distinct = subjectIds.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            await store.SaveAllAsync(round.RoundId, [], span, cancellationToken);
            return new ReportChunk(0, NormContribution.None);
        }

        var settings = options.Value;
        var bands = settings.EffectiveBands();
        var index = await roster.GetIndexAsync(round.SnapshotId, cancellationToken);
        var previous = RoundIds.Previous(round.RoundId);
        var released = answers.ForSubjectsAsync(round.RoundId, distinct, cancellationToken);
        var lastYear = previous is null
            ? Task.FromResult<IReadOnlyDictionary<string, ThreeSixtyReport>>(new Dictionary<string, ThreeSixtyReport>(StringComparer.Ordinal))
            : store.GetAllAsync(previous, distinct, cancellationToken);
        await Task.WhenAll(released, lastYear);
        var reports = distinct.Select(subjectId => ReportBuilder.Build(
            questionnaire.Current,
            round.RoundId,
            subjectId,
            GradeBand.Of(bands, index.Person(subjectId)?.Grade)?.Id,
            released.Result.TryGetValue(subjectId, out var given) ? given : [],
            settings,
            lastYear.Result.GetValueOrDefault(subjectId))).ToList();
        await store.SaveAllAsync(round.RoundId, reports, span, cancellationToken);
        return new ReportChunk(reports.Count, NormContribution.Of(reports));
    }

    /// <summary>The norms of every band from what every chunk's reports added; run after every report is built.</summary>
    public async Task BuildNormsAsync(Round round, IEnumerable<NormContribution> chunks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(chunks);
        var settings = options.Value;
        var norms = BandNormsBuilder.Build(NormContribution.Combine(chunks), settings.EffectiveBands(), settings.MinNormSubjects);
        await store.SaveNormsAsync(round.RoundId, norms, cancellationToken);
    }
}

/// <summary>What building one chunk's reports came to: how many were stored, and what they add to the norms.</summary>
public sealed record ReportChunk(int Reports, NormContribution Norms);
