using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// Builds and stores the round's reports (after the answers are released) and then the grade-band norms. Both are
/// repeatable: the same answers give the same reports, stored over the earlier ones.
/// </summary>
public sealed class ReportPublisher(
    IReleasedAnswers answers,
    ReportStore store,
    RosterDirectory roster,
    RatingQuestionnaireSource questionnaire,
    IOptions<ThreeSixtyReportOptions> options)
{
    /// <summary>
    /// Builds and stores the reports of these subjects; returns how many were stored. The chunk's answers and last
    /// year's reports are each read with one range query (the round's activities pass a contiguous run of sorted
    /// subjects) and the reports written in batches: a few requests a chunk instead of three a subject.
    /// </summary>
    public async Task<int> BuildAsync(Round round, IReadOnlyList<string> subjectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(subjectIds);
        var distinct = subjectIds.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return 0;
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
        await store.SaveAllAsync(reports, cancellationToken);
        return reports.Count;
    }

    /// <summary>The norms of every band from the round's stored reports; run after every report is built.</summary>
    public async Task BuildNormsAsync(Round round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var reports = new List<ThreeSixtyReport>();
        await foreach (var report in store.ListAsync(round.RoundId, cancellationToken))
        {
            reports.Add(report);
        }

        var settings = options.Value;
        var norms = BandNormsBuilder.Build(reports, settings.EffectiveBands(), settings.MinNormSubjects);
        await store.SaveNormsAsync(round.RoundId, norms, cancellationToken);
    }
}
