using Transformation.Surveys.Answering;
using Transformation.Surveys.Participation;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>Invitations at scale, re-invitations for reminders, and response rates from participation.</summary>
public sealed class InvitationTests : IDisposable
{
    private readonly SurveyHarness _survey = new();

    public void Dispose() => _survey.Dispose();

    [Fact]
    public async Task A_thousand_staff_get_distinct_links_stored_only_as_hashes()
    {
        var staff = new StaffBuilder().People(1, 1000);

        var result = await _survey.Invitations.InviteAsync("2026", staff, DateTimeOffset.UtcNow.AddDays(14));

        Assert.Equal(1000, result.Links.Select(l => l.Token).Distinct().Count());
        Assert.Equal(1000, (await _survey.Invitations.NonRespondentsAsync("2026")).Count);
        var rows = await _survey.RawAsync(SurveyInvitations.Table);
        Assert.Equal(2000, rows.Count);
        Assert.Equal(SurveyTokens.Partitions, rows.Select(r => r.PartitionKey).Distinct().Count());
        Assert.Equal(SurveyTokens.Partitions, (await _survey.Cycles.GetAsync("2026"))!.Partitions);
        var tokens = result.Links.Select(l => l.Token.Split('.')[2]).ToHashSet();
        Assert.DoesNotContain(rows.SelectMany(r => r.Select(kv => kv.Value)),
            v => v is string s && tokens.Any(t => s.Contains(t, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Inviting_again_gives_a_new_link_with_the_draft_and_skips_those_who_answered()
    {
        var staff = new StaffBuilder().People(1, 2);
        var first = (await _survey.Invitations.InviteAsync("2026", staff, DateTimeOffset.UtcNow.AddDays(14))).Links;
        var s1 = first.Single(l => l.StaffId == "S-0001");
        var s2 = first.Single(l => l.StaffId == "S-0002");
        var opened = await _survey.Answering.OpenAsync(s1.Token);
        await _survey.Answering.SaveDraftAsync(opened.Session!,
            new SurveyAnswers(new Dictionary<string, int> { ["W05"] = 4 }, new Dictionary<string, string>()));
        var two = await _survey.Answering.OpenAsync(s2.Token);
        await _survey.Answering.SubmitAsync(two.Session!,
            new SurveyAnswers(new Dictionary<string, int> { ["W05"] = 2 }, new Dictionary<string, string>()));

        var reminder = await _survey.Invitations.InviteAsync("2026", staff, DateTimeOffset.UtcNow.AddDays(14));

        var renewed = Assert.Single(reminder.Links);
        Assert.Equal("S-0001", renewed.StaffId);
        Assert.Equal(["S-0002"], reminder.AlreadySubmitted);
        Assert.Equal(SurveyRefusal.Superseded, (await _survey.Answering.OpenAsync(s1.Token)).Refusal);
        var carried = await _survey.Answering.OpenAsync(renewed.Token);
        Assert.Equal(4, carried.Session!.Draft.Scores["W05"]);
    }

    [Fact]
    public async Task Response_rates_per_division_and_bureau_come_from_participation()
    {
        var staff = new StaffBuilder().People(1, 3).Concat(new StaffBuilder(BureauCode: "200", DivisionCode: "2010").People(10, 2)).ToList();
        var links = (await _survey.Invitations.InviteAsync("2026", staff, DateTimeOffset.UtcNow.AddDays(14))).Links;
        foreach (var id in new[] { "S-0001", "S-0010", "S-0011" })
        {
            var opened = await _survey.Answering.OpenAsync(links.Single(l => l.StaffId == id).Token);
            await _survey.Answering.SubmitAsync(opened.Session!,
                new SurveyAnswers(new Dictionary<string, int> { ["O01"] = 5 }, new Dictionary<string, string>()));
        }

        var rates = await _survey.Invitations.ResponseRateAsync("2026");

        Assert.Equal((5, 3), (rates.Ministry.Invited, rates.Ministry.Submitted));
        Assert.Equal([("1010", 3, 1), ("2010", 2, 2)], rates.Divisions.Select(d => (d.Code, d.Invited, d.Submitted)));
        Assert.Equal([("100", 3, 1), ("200", 2, 2)], rates.Bureaus.Select(b => (b.Code, b.Invited, b.Submitted)));
        Assert.Equal(1.0, rates.Divisions[1].Rate);
        Assert.Equal("秘書課", rates.Divisions[0].Name);
    }
}
