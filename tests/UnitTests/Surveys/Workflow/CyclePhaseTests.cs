using Transformation.Surveys.Plans;
using Transformation.Surveys.Workflow;

namespace Transformation.Tests.Surveys.Workflow;

/// <summary>What HR reads as the phase of a cycle after its results are out, where the orchestration itself says only "following-up".</summary>
public sealed class CyclePhaseTests
{
    private static readonly DateTimeOffset Delivered = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(9));

    private static readonly FollowThroughSchedule Schedule = new("2026", "snap", Delivered, Delivered.AddDays(28), [], Delivered.AddDays(208));

    [Fact]
    public void Results_mailed_and_no_sheets_sent_yet_reads_published()
    {
        Assert.Equal("published", CyclePhases.Shown("following-up", false, null, Delivered));
    }

    [Fact]
    public void From_the_sheets_to_the_plan_deadline_reads_planning()
    {
        Assert.Equal("planning", CyclePhases.Shown("following-up", false, Schedule, Delivered.AddDays(27)));
    }

    [Fact]
    public void From_the_plan_deadline_to_mid_term_reads_following_up()
    {
        Assert.Equal("following-up", CyclePhases.Shown("following-up", false, Schedule, Delivered.AddDays(28)));
    }

    [Fact]
    public void Once_the_cycles_workflow_has_ended_it_reads_complete_not_published()
    {
        Assert.Equal("complete", CyclePhases.Shown("published", true, Schedule, Delivered.AddDays(300)));
    }

    [Theory]
    [InlineData("inviting")]
    [InlineData("answering")]
    [InlineData("aggregating")]
    [InlineData("publishing")]
    public void The_phases_before_publication_read_as_the_workflow_says(string phase)
    {
        Assert.Equal(phase, CyclePhases.Shown(phase, false, null, Delivered));
    }
}
