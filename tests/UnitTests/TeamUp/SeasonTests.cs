using Transformation.TeamUp.Seasons;

namespace Transformation.Tests.TeamUp;

public sealed class SeasonTests
{
    private static readonly DateTimeOffset Deadline = new(2031, 6, 30, 8, 0, 0, TimeSpan.Zero);

    private static Season InPhase(string phase, DateTimeOffset? judgingDeadline = null) =>
        new("2031", "snap", phase, Deadline.AddDays(-20), Deadline, judgingDeadline, ["J1"], "HR1", "HR1");

    [Fact]
    public void Entries_are_writable_until_the_deadline_and_public_from_it_even_before_the_orchestration_moves_on()
    {
        var season = InPhase(SeasonPhase.Entries);

        Assert.True(season.AcceptsEntries(Deadline.AddSeconds(-1)));
        Assert.False(season.IsPublished(Deadline.AddSeconds(-1)));
        Assert.False(season.AcceptsEntries(Deadline));
        Assert.True(season.IsPublished(Deadline));
    }

    [Fact]
    public void Scores_are_taken_only_while_judging_is_open()
    {
        var until = Deadline.AddDays(10);

        Assert.False(InPhase(SeasonPhase.AwaitingPanel).AcceptsScores(Deadline.AddDays(1)));
        Assert.True(InPhase(SeasonPhase.Judging, until).AcceptsScores(until.AddSeconds(-1)));
        Assert.False(InPhase(SeasonPhase.Judging, until).AcceptsScores(until));
        Assert.False(InPhase(SeasonPhase.AwaitingConfirmation, until).AcceptsScores(Deadline.AddDays(1)));
    }

    [Fact]
    public void Phases_only_move_forward()
    {
        Assert.True(SeasonPhase.IsAtOrAfter(SeasonPhase.Judging, SeasonPhase.AwaitingPanel));
        Assert.False(SeasonPhase.IsAtOrAfter(SeasonPhase.AwaitingPanel, SeasonPhase.Judging));
        Assert.Equal("2031", SeasonIds.Of(2031));
        Assert.False(SeasonIds.IsValid("20x1"));
    }
}
