using Transformation.ThreeSixty.Assignments;

namespace Transformation.Tests.ThreeSixty.Assignments;

public sealed class AssignmentPlanTests
{
    private static IReadOnlyList<RaterAssignments> Plan() => AssignmentPlan.Build(
    [
        SubjectCircle.For(SampleStaff.Get("K1"), SampleStaff.Roster, ["K2", "K3", "S3"]),
        SubjectCircle.For(SampleStaff.Get("H1"), SampleStaff.Roster, ["H2"]),
    ]);

    [Fact]
    public void A_section_chief_rates_their_head_a_peer_and_themselves_on_one_list()
    {
        var h1 = Plan().Single(r => r.RaterId == "H1");

        Assert.Equal([new Assignment("H1", RaterGroup.Self), new Assignment("K1", RaterGroup.Subordinate)], h1.Subjects);
    }

    [Fact]
    public void A_rater_of_several_subjects_gets_one_entry_with_each_subject_and_group()
    {
        var k1 = Plan().Single(r => r.RaterId == "K1");

        Assert.Equal([new Assignment("H1", RaterGroup.Supervisor), new Assignment("K1", RaterGroup.Self)], k1.Subjects);
    }

    [Fact]
    public void Raters_are_ordered_by_staff_id_whatever_the_order_of_the_subjects()
    {
        var reversed = AssignmentPlan.Build(
        [
            SubjectCircle.For(SampleStaff.Get("H1"), SampleStaff.Roster, ["H2"]),
            SubjectCircle.For(SampleStaff.Get("K1"), SampleStaff.Roster, ["K2", "K3", "S3"]),
        ]);

        Assert.Equal(Plan().Select(r => r.RaterId), reversed.Select(r => r.RaterId));
        Assert.Equal(Plan().SelectMany(r => r.Subjects), reversed.SelectMany(r => r.Subjects));
    }

    [Fact]
    public void Every_member_of_every_circle_is_assigned_exactly_once()
    {
        Assert.Equal(12, Plan().Sum(r => r.Subjects.Count));
    }
}
