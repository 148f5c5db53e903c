using Transformation.ThreeSixty.Assignments;

namespace Transformation.Tests.ThreeSixty.Assignments;

public sealed class SubjectCircleTests
{
    [Fact]
    public void The_supervisor_is_the_roster_supervisor()
    {
        var circle = SubjectCircle.For(SampleStaff.Get("K1"), SampleStaff.Roster, []);

        Assert.Equal("D", circle.SupervisorId);
    }

    [Fact]
    public void Subordinates_are_everyone_who_reports_to_the_subject_directly()
    {
        var circle = SubjectCircle.For(SampleStaff.Get("K1"), SampleStaff.Roster, []);

        Assert.Equal(["H1", "H2"], circle.Subordinates);
    }

    [Fact]
    public void A_supervisor_missing_from_the_snapshot_makes_no_supervisor_group()
    {
        var roster = new RosterRelations([SampleStaff.Person("A", "課長", "GONE", "11")]);

        Assert.Null(SubjectCircle.For(roster.Person("A")!, roster, []).SupervisorId);
    }

    [Fact]
    public void A_peer_who_is_already_a_subordinate_stays_in_the_subordinate_group_only()
    {
        var circle = SubjectCircle.For(SampleStaff.Get("K1"), SampleStaff.Roster, ["H1", "K2", "K3", "S3"]);

        Assert.Equal(["K2", "K3", "S3"], circle.Peers);
    }

    [Fact]
    public void A_peer_no_longer_in_the_snapshot_is_left_out()
    {
        var circle = SubjectCircle.For(SampleStaff.Get("K1"), SampleStaff.Roster, ["K2", "LEFT", "K3"]);

        Assert.Equal(["K2", "K3"], circle.Peers);
    }

    [Fact]
    public void Everyone_in_the_circle_appears_once_with_one_group()
    {
        var circle = SubjectCircle.For(SampleStaff.Get("K1"), SampleStaff.Roster, ["K2", "D", "K1", "K2"]);

        var raters = circle.Raters().ToList();

        Assert.Equal(raters.Count, raters.Select(r => r.RaterId).Distinct().Count());
        Assert.Equal(RaterGroup.Self, raters.Single(r => r.RaterId == "K1").Group);
        Assert.Equal(RaterGroup.Supervisor, raters.Single(r => r.RaterId == "D").Group);
    }
}
