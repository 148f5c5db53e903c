using BenchmarkDotNet.Attributes;
using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;

namespace Transformation.Benchmarks.ThreeSixty;

/// <summary>
/// Building a ministry-sized round's reports (5,000 subjects, 60,000 released answers of 20 items: self, the
/// supervisor, about six subordinates and four peers each, some "cannot judge") and the grade-band norms, against
/// the least any pass must do: read every score of every answer once. Target: building ≤ 2× the raw scan.
/// </summary>
[MemoryDiagnoser]
public class ThreeSixtyReportBenchmarks
{
    private static readonly string[] Grades = ["課長", "室長", "企画官", "参事官", "課長補佐"];
    private readonly ThreeSixtyReportOptions _options = new();
    private RatingQuestionnaire _questionnaire = null!;
    private List<(string SubjectId, string Grade, IReadOnlyList<RatingAnswer> Answers)> _subjects = [];
    private List<ThreeSixtyReport> _reports = [];

    [Params(5_000)]
    public int Subjects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var categories = new[] { ("vision", 'V'), ("development", 'D'), ("communication", 'C'), ("management", 'M'), ("workstyle", 'R') };
        _questionnaire = new RatingQuestionnaire("bench", [.. categories.Select(c => new RatingCategory(c.Item1, new Text(c.Item1, c.Item1),
            [.. Enumerable.Range(1, 4).Select(i => new RatingItem($"{c.Item2}{i:00}", c.Item1, new Text("項目", "Item")))]))]);
        var items = _questionnaire.Items.Select(i => i.Id).ToArray();
        var random = new Random(360);
        _subjects = [];
        for (var s = 0; s < Subjects; s++)
        {
            var id = $"S-{s:00000}";
            // 12 answers a subject on average: self, supervisor, 2–10 subordinates, 3–5 peers (groups under 3 occur).
            var subordinates = 2 + random.Next(9);
            var peers = 12 - 2 - Math.Min(subordinates, 7);
            var answers = new List<RatingAnswer> { Answer(id, RaterGroup.Self), Answer(id, RaterGroup.Supervisor) };
            answers.AddRange(Enumerable.Range(0, Math.Min(subordinates, 7)).Select(_ => Answer(id, RaterGroup.Subordinate)));
            answers.AddRange(Enumerable.Range(0, peers).Select(_ => Answer(id, RaterGroup.Peer)));
            _subjects.Add((id, Grades[s % Grades.Length], answers));
        }

        var bands = _options.EffectiveBands();
        _reports = [.. _subjects.Select(x =>
            ReportBuilder.Build(_questionnaire, "2026", x.SubjectId, GradeBand.Of(bands, x.Grade)?.Id, x.Answers, _options, null))];

        RatingAnswer Answer(string subject, RaterGroup group)
        {
            var scores = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                // About one score in ten is "cannot judge".
                if (random.Next(10) != 0)
                {
                    scores[item] = 1 + random.Next(5);
                }
            }

            return new RatingAnswer(subject, group, scores, random.Next(3) == 0 ? "コメント" + random.Next(1000) : null, null);
        }
    }

    public int Answers => _subjects.Sum(s => s.Answers.Count);

    /// <summary>Touch every answer's group and comments and add up every score.</summary>
    [Benchmark(Baseline = true)]
    public long RawScan()
    {
        long total = 0;
        foreach (var (_, _, answers) in _subjects)
        {
            foreach (var answer in answers)
            {
                total += (int)answer.Group + (answer.Strengths?.Length ?? 0);
                if (answer.Scores is Dictionary<string, int> scores)
                {
                    foreach (var pair in scores)
                    {
                        total += pair.Value;
                    }
                }
            }
        }

        return total;
    }

    /// <summary>
    /// Every subject's report (suppression, all others, gaps, comments in order), each dropped once built, as
    /// <see cref="ReportPublisher.BuildAsync"/> stores each and keeps none.
    /// </summary>
    [Benchmark]
    public int BuildReports()
    {
        var bands = _options.EffectiveBands();
        var built = 0;
        foreach (var (id, grade, answers) in _subjects)
        {
            built += ReportBuilder.Build(_questionnaire, "2026", id, GradeBand.Of(bands, grade)?.Id, answers, _options, null).Items.Count;
        }

        return built;
    }

    /// <summary>The norms of every band from the 5,000 built reports (what <see cref="ReportPublisher.BuildNormsAsync"/> computes).</summary>
    [Benchmark]
    public int BuildNorms() => BandNormsBuilder.Build(_reports, _options.EffectiveBands(), _options.MinNormSubjects).Count;
}
