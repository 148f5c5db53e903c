using Transformation.Organisation;
using Transformation.ThreeSixty.Assignments;

namespace Transformation.Tests.ThreeSixty.Assignments;

public sealed class PeerProposalTests
{
    [Fact]
    public void The_proposal_is_the_others_who_report_to_the_same_supervisor()
    {
        var proposed = PeerProposal.Propose("2026", SampleStaff.Get("K1"), SampleStaff.Roster, 8);

        Assert.Equal(["K2", "K3"], proposed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Someone_at_the_top_of_the_roster_gets_no_proposal()
    {
        Assert.Empty(PeerProposal.Propose("2026", SampleStaff.Get("D"), SampleStaff.Roster, 8));
    }

    [Fact]
    public void Fewer_colleagues_than_the_minimum_are_proposed_as_they_are()
    {
        var proposed = PeerProposal.Propose("2026", SampleStaff.Get("H1"), SampleStaff.Roster, 8);

        Assert.Equal(["H2"], proposed);
    }

    [Fact]
    public void More_colleagues_than_the_maximum_are_cut_to_the_maximum_with_the_subjects_division_first()
    {
        var roster = Wide();

        var proposed = PeerProposal.Propose("2026", roster.Person("M")!, roster, 8);

        Assert.Equal(8, proposed.Count);
        Assert.All(proposed.Take(5), id => Assert.StartsWith("SAME", id, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_round_always_proposes_the_same_people_in_the_same_order()
    {
        var roster = Wide();

        Assert.Equal(PeerProposal.Propose("2026", roster.Person("M")!, roster, 8), PeerProposal.Propose("2026", roster.Person("M")!, roster, 8));
    }

    [Fact]
    public void Another_round_draws_the_others_in_another_order()
    {
        var roster = Wide();

        var years = Enumerable.Range(2026, 5).Select(y => string.Join(',', PeerProposal.Propose($"{y}", roster.Person("M")!, roster, 8)));

        Assert.True(years.Distinct().Count() > 1);
    }

    // M and 5 others of division A report to B; 20 of division Z do too.
    private static RosterRelations Wide()
    {
        var staff = new List<StaffMember> { SampleStaff.Person("B", "局長", null, "A"), SampleStaff.Person("M", "課長", "B", "A") };
        staff.AddRange(Enumerable.Range(1, 5).Select(i => SampleStaff.Person($"SAME{i}", "課長", "B", "A")));
        staff.AddRange(Enumerable.Range(1, 20).Select(i => SampleStaff.Person($"OTHER{i:00}", "課長", "B", "Z")));
        return new RosterRelations(staff);
    }
}
