using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Rating;

namespace Transformation.Tests.ThreeSixty.Rating;

public sealed class RatingReleaseTests : IDisposable
{
    private static readonly HashSet<string> AnswerProperties = new(StringComparer.Ordinal)
    {
        "PartitionKey", "RowKey", "Timestamp", "odata.etag", "SubjectId", "Group", "Scores", "Strengths", "Suggestions", "QuestionnaireVersion",
    };

    private readonly RatingHarness _harness = new();

    [Fact]
    public async Task Release_moves_every_waiting_rating_into_answers_holding_only_subject_group_scores_and_comments()
    {
        await SubmitThreeAndCloseAsync();

        var released = await _harness.Release.ReleaseAsync(RatingHarness.RoundId);

        Assert.Equal(3, released);
        Assert.Empty(await _harness.RawAsync(RatingAnswering.HoldingTable));
        var rows = await _harness.RawAsync(RatingRelease.AnswerTable);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.DoesNotContain(r.Keys, k => !AnswerProperties.Contains(k)));
        var answers = await _harness.Answers.ForSubjectAsync(RatingHarness.RoundId, "C1");
        Assert.Equal(2, answers.Count);
        Assert.Contains(answers, a => a.Group == RaterGroup.Subordinate && a.Scores["V01"] == 4 && a.Strengths == "丁寧");
        Assert.Contains(answers, a => a.Group == RaterGroup.Supervisor && !a.Scores.ContainsKey("V01"));
    }

    [Fact]
    public async Task Reading_a_chunk_of_subjects_at_once_gives_each_subject_exactly_their_own_released_answers()
    {
        await SubmitThreeAndCloseAsync();
        await _harness.Release.ReleaseAsync(RatingHarness.RoundId);

        var chunk = await _harness.Answers.ForSubjectsAsync(RatingHarness.RoundId, ["C1", "C2", "E1", "H1"]);

        Assert.Equal(["C1", "C2", "E1", "H1"], chunk.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(chunk["E1"]);
        foreach (var subject in new[] { "C1", "C2", "H1" })
        {
            var alone = await _harness.Answers.ForSubjectAsync(RatingHarness.RoundId, subject);
            Assert.Equal(alone.Select(a => (a.Group, a.Strengths)).Order(), chunk[subject].Select(a => (a.Group, a.Strengths)).Order());
            Assert.All(chunk[subject], a => Assert.Equal(subject, a.SubjectId));
        }

        Assert.Equal(3, chunk.Values.Sum(a => a.Count));
    }

    [Fact]
    public async Task After_the_release_no_rater_row_keeps_its_submission_time_or_a_draft()
    {
        await SubmitThreeAndCloseAsync();
        var before = (await _harness.RawAsync(RaterRows.Table)).ToDictionary(r => r.PartitionKey + "/" + r.RowKey, r => r.Timestamp);

        await _harness.Release.ReleaseAsync(RatingHarness.RoundId);

        var rows = await _harness.RawAsync(RaterRows.Table);
        Assert.Equal(before.Count, rows.Count);
        Assert.All(rows, r => Assert.True(r.Timestamp > before[r.PartitionKey + "/" + r.RowKey], $"{r.RowKey} kept its time"));
        Assert.DoesNotContain(rows, r => r.Keys.Any(RaterRows.IsDraft));
        Assert.NotNull((await _harness.Rounds.GetAsync(RatingHarness.RoundId))!.SealedAt);
    }

    [Fact]
    public async Task A_repeated_release_moves_nothing_twice()
    {
        await SubmitThreeAndCloseAsync();
        await _harness.Release.ReleaseAsync(RatingHarness.RoundId);

        var again = await _harness.Release.ReleaseAsync(RatingHarness.RoundId);

        Assert.Equal(0, again);
        Assert.Equal(3, (await _harness.RawAsync(RatingRelease.AnswerTable)).Count);
    }

    [Fact]
    public async Task Nothing_is_released_while_the_round_is_open()
    {
        var round = await _harness.OpenRoundAsync();
        await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);
        await SubmitAsync("E1", "C1", "4", "丁寧");

        await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Release.ReleaseAsync(RatingHarness.RoundId));

        Assert.Single(await _harness.RawAsync(RatingAnswering.HoldingTable));
        Assert.Empty(await _harness.RawAsync(RatingRelease.AnswerTable));
    }

    private async Task SubmitThreeAndCloseAsync()
    {
        var round = await _harness.OpenRoundAsync();
        await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);
        await SubmitAsync("E1", "C1", "4", "丁寧");
        await SubmitAsync("H1", "C1", "na", null);
        await SubmitAsync("C1", "H1", "5", null);
        // A draft left open: it must not survive the release.
        var browser = new RaterBrowser(_harness);
        await browser.OpenLinkAsync(await _harness.LatestTokenAsync("C1"));
        await browser.PostAsync("C2", new Dictionary<string, string> { ["V01"] = "2" }, "save");
        await _harness.Rounds.CloseAsync(RatingHarness.RoundId);
    }

    private async Task SubmitAsync(string rater, string subject, string score, string? strengths)
    {
        var browser = new RaterBrowser(_harness);
        await browser.OpenLinkAsync(await _harness.LatestTokenAsync(rater));
        var result = await browser.PostAsync(subject, RaterBrowser.AllItems(_harness, score, strengths), "submit");
        Assert.Equal(303, Tests.Surveys.Answers.SurveyHttp.Status(result));
    }

    public void Dispose() => _harness.Dispose();
}
