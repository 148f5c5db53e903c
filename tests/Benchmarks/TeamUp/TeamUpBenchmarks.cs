using System.Globalization;
using BenchmarkDotNet.Attributes;
using Transformation.TeamUp;
using Transformation.TeamUp.Entries;
using Transformation.TeamUp.Judging;
using Transformation.TeamUp.Publication;

namespace Transformation.Benchmarks.TeamUp;

/// <summary>
/// A ministry-sized season in memory: 1,000 division entries in 60 bureaus; a panel of 10 judges, each scoring every
/// entry outside their own bureau (about 9,800 cards); the ranking over all of it, and a keyword search of the
/// published list, which the publication page runs on every request.
/// </summary>
[MemoryDiagnoser]
public class TeamUpBenchmarks
{
    private static readonly string[] Phrases =
    [
        "紙の決裁をやめ、ペーパーレスで回す", "定例会議を半分にする", "重複する統計報告を一本化する", "前例踏襲の調査票を見直す",
        "テレワークの日は会議を入れない", "1on1で業務の優先順位をすり合わせる", "ナレッジ共有会を月1回開く", "押印を廃止する",
    ];

    private readonly List<RubricCriterion> _rubric =
    [
        new() { Id = "policy", Weight = 0.25, Ja = "運営方針", En = "Policy" },
        new() { Id = "stop", Weight = 0.3, Ja = "止める仕事", En = "Stop" },
        new() { Id = "teamwork", Weight = 0.25, Ja = "チームアップ", En = "Teamwork" },
        new() { Id = "spread", Weight = 0.2, Ja = "波及性", En = "Spread" },
    ];

    private List<Entry> _entries = [];
    private List<Scorecard> _cards = [];
    private List<RankingEntry> _ranking = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _entries = [.. Enumerable.Range(0, 1000).Select(i => Entry(i, random))];
        _ranking = [.. _entries.Select(e => new RankingEntry(e.DivisionCode, e.Content.HoursPerMonthSaved))];
        _cards = [];
        for (var judge = 0; judge < 10; judge++)
        {
            var ownBureau = Bureau(judge * 6);
            var harshness = random.Next(-1, 2);
            foreach (var entry in _entries.Where(e => e.BureauCode != ownBureau))
            {
                var scores = _rubric.ToDictionary(c => c.Id, _ => Math.Clamp(random.Next(1, 6) + harshness, 1, 5), StringComparer.Ordinal);
                _cards.Add(new Scorecard("2031", $"J{judge}", entry.DivisionCode, scores, "", DateTimeOffset.UnixEpoch));
            }
        }
    }

    [Benchmark]
    public int Rank() => TeamUpRanking.Rank(_rubric, _cards, _ranking).Entries.Count;

    [Benchmark]
    public int SearchPublished() => PublicationService.Build("2031", _entries, "ペーパーレス　けっさい", null).MatchCount;

    private static string Bureau(int i) => (100 + (i % 60)).ToString(CultureInfo.InvariantCulture);

    private static Entry Entry(int i, Random random)
    {
        var stop = Enumerable.Range(0, 3).Select(k => new StopWorkItem(Phrases[(i + k) % Phrases.Length], "目的を果たしていないため。", random.Next(1, 40))).ToList();
        var initiatives = Enumerable.Range(0, 2).Select(k => new TeamInitiative($"取組 {k}", Phrases[(i * 3 + k) % Phrases.Length] + "。係を越えて業務のコツを共有する。", "問い合わせ対応時間が2割減った。")).ToList();
        var content = new EntryContent("国民に信頼される行政サービスを、少ない手間で届ける。", "業務の見える化、止める仕事の実行、若手の育成", "毎朝15分の朝会と週1回の1on1。", stop, initiatives);
        return new Entry("2031", $"D{i:0000}", $"第{i}課", Bureau(i), $"第{Bureau(i)}局", content, EntryStatus.Submitted, DateTimeOffset.UnixEpoch, "H", DateTimeOffset.UnixEpoch, "*");
    }
}
