using System.Globalization;
using BenchmarkDotNet.Attributes;
using Transformation.Organisation;
using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Nomination;

namespace Transformation.Benchmarks.ThreeSixty;

/// <summary>
/// The 360 plan of a ministry-sized round, in memory: 60 bureaus, 1,000 divisions, a 課長 per division under their
/// 局長, four 課長補佐 under each 課長 and 35 staff per division under the 補佐 (about 40,000 people, 5,000 subjects).
/// Half the subjects nominated peers (課長: three 課長 of their bureau; 補佐: the other three 補佐 of their division);
/// the other half get the proposal. Measured: the reporting lines of the snapshot, the proposals for the subjects
/// who did not nominate, and the whole plan (about 66,500 assignments over about 40,000 raters).
/// </summary>
[MemoryDiagnoser]
public class AssignmentPlanBenchmarks
{
    private const string Round = "2026";
    private List<StaffMember> _staff = [];
    private RosterRelations _roster = null!;
    private List<SubjectRow> _nominated = [];
    private List<SubjectRow> _settled = [];

    [GlobalSetup]
    public void Setup()
    {
        _staff = Staff();
        _roster = new RosterRelations(_staff);
        var subjects = SubjectGrades.Select(_staff, ["課長", "課長補佐"]);
        _nominated = [.. subjects.Select((s, i) => i % 2 == 0
            ? new SubjectRow(Round, s.StaffId, s.Grade, Nomination(s), PeerSource.Nominated, Locked: true)
            : new SubjectRow(Round, s.StaffId, s.Grade, []))];
        _settled = Settle();
        var plan = AssignmentPlanner.Plan(_settled, _roster);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// staff {_staff.Count}, subjects {subjects.Count}, raters {plan.Count}, assignments {plan.Sum(r => r.Subjects.Count)}"));
    }

    [Benchmark(Description = "Reporting lines of a 40,000-person snapshot")]
    public RosterRelations Relations() => new(_staff);

    [Benchmark(Description = "Proposals for the 2,500 subjects who did not nominate")]
    public List<SubjectRow> Proposals() => Settle();

    [Benchmark(Description = "The plan: 5,000 subjects, about 66,500 assignments")]
    public IReadOnlyList<RaterAssignments> Plan() => AssignmentPlanner.Plan(_settled, _roster);

    private List<SubjectRow> Settle() => [.. _nominated.Select(r => r.Source == PeerSource.None
        ? r with { Peers = PeerProposal.Propose(Round, _roster.Person(r.SubjectId)!, _roster, 8), Source = PeerSource.Proposed, Locked = true }
        : r)];

    private IReadOnlyList<string> Nomination(StaffMember subject) => [.. _roster.ReportsOf(_roster.SupervisorOf(subject)!.StaffId)
        .Where(p => p.StaffId != subject.StaffId)
        .Take(3)
        .Select(p => p.StaffId)];

    private static List<StaffMember> Staff()
    {
        var staff = new List<StaffMember> { Person("T0", "事務次官", null, 0) };
        for (var b = 1; b <= 60; b++)
        {
            staff.Add(Person(Id("B", b), "局長", "T0", b * 100));
        }

        for (var d = 1; d <= 1000; d++)
        {
            var head = Id("K", d);
            staff.Add(Person(head, "課長", Id("B", d % 60 + 1), d));
            for (var h = 1; h <= 4; h++)
            {
                staff.Add(Person($"{Id("H", d)}-{h}", "課長補佐", head, d));
            }

            for (var s = 1; s <= 35; s++)
            {
                staff.Add(Person($"{Id("S", d)}-{s:D2}", "係員", $"{Id("H", d)}-{s % 4 + 1}", d));
            }
        }

        return staff;
    }

    private static string Id(string prefix, int number) => prefix + number.ToString("D4", CultureInfo.InvariantCulture);

    private static StaffMember Person(string id, string grade, string? supervisor, int division) =>
        new(id, "職員 " + id, id.ToLowerInvariant() + "@example.go.jp", "B" + (division % 60).ToString(CultureInfo.InvariantCulture), "局",
            "D" + division.ToString(CultureInfo.InvariantCulture), "課", grade, supervisor, Language.Ja);
}
