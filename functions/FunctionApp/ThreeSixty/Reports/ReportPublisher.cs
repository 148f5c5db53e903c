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
    // Reads of one subject's answers wait on storage, not the processor: a few at a time keep a chunk short.
    private const int Parallelism = 8;

    /// <summary>Builds and stores the reports of these subjects; returns how many were stored.</summary>
    public async Task<int> BuildAsync(Round round, IReadOnlyList<string> subjectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(subjectIds);
        var settings = options.Value;
        var bands = settings.EffectiveBands();
        var index = await roster.GetIndexAsync(round.SnapshotId, cancellationToken);
        var previous = RoundIds.Previous(round.RoundId);
        var built = 0;
        await Parallel.ForEachAsync(
            subjectIds.Distinct(StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (subjectId, token) =>
            {
                var released = await answers.ForSubjectAsync(round.RoundId, subjectId, token);
                var lastYear = previous is null ? null : await store.GetAsync(previous, subjectId, token);
                var band = GradeBand.Of(bands, index.Person(subjectId)?.Grade);
                var report = ReportBuilder.Build(
                    questionnaire.Current, round.RoundId, subjectId, band?.Id, released, settings, lastYear);
                await store.SaveAsync(report, token);
                Interlocked.Increment(ref built);
            });
        return built;
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
