using Azure.Data.Tables;
using Transformation.Surveys.Answers;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Sealing;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>
/// What someone who can read the storage account sees: answers that name no one and share no key, value or
/// moment with the participation rows that say who answered.
/// </summary>
public sealed class AnonymityTests : IDisposable
{
    private static readonly HashSet<string> AnswerProperties = new(StringComparer.Ordinal)
    {
        "PartitionKey", "RowKey", "Timestamp", "odata.etag", "CycleId", "BureauCode", "DivisionCode", "QuestionnaireVersion", "Scores", "Comments",
    };

    private readonly SurveyHarness _survey = new(new() { ["Surveys:MinimumRelease"] = "3" });

    public void Dispose() => _survey.Dispose();

    [Fact]
    public async Task Stored_answers_carry_no_staff_id_no_token_or_hash_and_nothing_shared_with_participation()
    {
        var staff = new StaffBuilder().People(1, 4);
        var links = (await _survey.Invitations.InviteAsync("2026", staff, DateTimeOffset.UtcNow.AddDays(14))).Links;
        foreach (var (link, n) in links.Select((l, n) => (l, n)))
        {
            var opened = await _survey.Answering.OpenAsync(link.Token);
            await _survey.Answering.SaveDraftAsync(opened.Session!, new SurveyAnswers(new Dictionary<string, int> { ["W01"] = 1 }, new Dictionary<string, string>()));
            opened = await _survey.Answering.OpenAsync(link.Token);
            Assert.Null(await _survey.Answering.SubmitAsync(opened.Session!, Answers(n)));
        }

        var participation = (await _survey.RawAsync(SurveyInvitations.Table)).ToList();
        var secrets = links.SelectMany(l => new[] { l.StaffId, l.Token, SurveyTokens.Hash(l.Token), SurveyTokens.Hash(l.Token)[..12], l.Email, l.Token.Split('.')[2] }).ToList();
        var submittedAt = participation.Max(p => p.Timestamp!.Value);

        // While sealed (waiting): already nothing personal.
        AssertAnonymous(await _survey.RawAsync(SurveySealer.HoldingTable), secrets, participation, allowed: ["ReleaseAs"]);

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(4, await _survey.Sealer.ReleaseAsync());
        var answers = await _survey.RawAsync(SurveySealer.AnswerTable);

        Assert.Equal(4, answers.Count);
        Assert.Empty(await _survey.RawAsync(SurveySealer.HoldingTable));
        AssertAnonymous(answers, secrets, participation, allowed: []);
        // Their only time is the release, after every submission: no answer shares a moment with a participation mark.
        Assert.All(answers, a => Assert.True(a.Timestamp > submittedAt.AddSeconds(1), $"answer stamped {a.Timestamp:O}, last submission {submittedAt:O}"));
        // Drafts are gone with the submission.
        Assert.All(participation, p => Assert.True(string.IsNullOrEmpty(p.GetString("DraftScores"))));
        Assert.Equal(4, (await _survey.ResponsesAsync("2026")).Count);
    }

    [Fact]
    public async Task Answers_wait_until_enough_of_a_division_can_be_released_together_then_all_go_at_close()
    {
        var links = (await _survey.Invitations.InviteAsync("2026", new StaffBuilder().People(1, 2).Concat(new StaffBuilder(DivisionCode: "1020").People(10, 3)).ToList(),
            DateTimeOffset.UtcNow.AddDays(14))).Links;
        foreach (var link in links.Where(l => l.StaffId is "S-0001" or "S-0002" or "S-0010" or "S-0011"))
        {
            var opened = await _survey.Answering.OpenAsync(link.Token);
            Assert.Null(await _survey.Answering.SubmitAsync(opened.Session!, Answers(3)));
        }

        Assert.Equal(0, await _survey.Sealer.ReleaseAsync());

        var third = await _survey.Answering.OpenAsync(links.Single(l => l.StaffId == "S-0012").Token);
        Assert.Null(await _survey.Answering.SubmitAsync(third.Session!, Answers(1)));
        Assert.Equal(3, await _survey.Sealer.ReleaseAsync());
        Assert.All(await _survey.RawAsync(SurveySealer.AnswerTable), a => Assert.Equal("1020", a.GetString("DivisionCode")));

        await _survey.Cycles.CloseAsync("2026");
        Assert.Equal(2, await _survey.Sealer.ReleaseAsync());
        Assert.Equal(5, (await _survey.ResponsesAsync("2026")).Count);
        Assert.Equal(0, await _survey.Sealer.ReleaseAsync());
    }

    private static SurveyAnswers Answers(int n) => new(
        new Dictionary<string, int> { ["W01"] = n % 5 + 1, ["P01"] = 3, ["O20"] = 5 },
        new Dictionary<string, string> { ["workplace"] = "1on1の時間を増やしてほしい" });

    private static void AssertAnonymous(IReadOnlyList<TableEntity> rows, IReadOnlyList<string> secrets, IReadOnlyList<TableEntity> participation, string[] allowed)
    {
        Assert.NotEmpty(rows);
        var shareable = new HashSet<string>(StringComparer.Ordinal) { "2026", "100", "1010", "1020", "2026" };
        var participationValues = participation
            .SelectMany(p => p.Where(kv => kv.Key is not ("odata.etag" or "Timestamp")).Select(kv => kv.Value?.ToString() ?? "").Append(p.PartitionKey).Append(p.RowKey))
            .Where(v => v.Length > 0 && !shareable.Contains(v))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            Assert.All(row.Keys, name => Assert.True(AnswerProperties.Contains(name) || allowed.Contains(name), $"unexpected property {name}"));
            Assert.DoesNotContain(row.Select(kv => kv.Value), v => v is DateTimeOffset or DateTime && !Equals(v, row.Timestamp));
            var values = row.Where(kv => kv.Key is not ("odata.etag" or "Timestamp")).Select(kv => kv.Value?.ToString() ?? "").Append(row.PartitionKey).Append(row.RowKey).ToList();
            foreach (var value in values)
            {
                Assert.DoesNotContain(secrets, s => value.Contains(s, StringComparison.Ordinal));
                Assert.DoesNotContain(value, participationValues);
            }
        }
    }
}
