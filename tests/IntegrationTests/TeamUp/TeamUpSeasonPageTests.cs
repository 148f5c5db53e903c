using System.Net;
using Transformation.TeamUp.Seasons;
using Transformation.Tests.Support.TeamUp;

namespace Transformation.Tests.TeamUp;

/// <summary>A season's home page shows each person the pages they have a part in, as the season moves on.</summary>
public sealed class TeamUpSeasonPageTests(TeamUpEntriesHostFixture fixture) : IClassFixture<TeamUpEntriesHostFixture>
{
    private readonly TeamUpEntryHarness _harness = fixture.Harness;

    [Fact]
    public async Task While_entries_are_open_a_head_is_sent_to_their_entry_hr_to_completion_and_staff_learn_when_entries_are_published()
    {
        await _harness.CreateSeasonAsync("2041", DateTimeOffset.UtcNow.AddHours(1));

        var head = await PageAsync("H1", "division.head", "/team-up/2041");
        Assert.Contains("応募受付中", head, StringComparison.Ordinal);
        Assert.Contains("href=\"/team-up/2041/entries/D1?lang=ja\"", head, StringComparison.Ordinal);
        Assert.DoesNotContain("/team-up/2041/entries/D2", head, StringComparison.Ordinal);
        Assert.DoesNotContain("/completion", head, StringComparison.Ordinal);

        var hr = await PageAsync("HR1", "hr.admin", "/team-up/2041");
        Assert.Contains("href=\"/team-up/2041/completion?lang=ja\"", hr, StringComparison.Ordinal);

        var staff = await PageAsync("E11", "employee", "/team-up/2041");
        Assert.Contains("公開されます", staff, StringComparison.Ordinal);
        Assert.DoesNotContain("/team-up/2041/entries/", staff, StringComparison.Ordinal);
        Assert.DoesNotContain("/awards", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_awarded_everyone_is_sent_to_the_entries_and_the_awards_in_their_language()
    {
        await _harness.CreateSeasonAsync("2042", DateTimeOffset.UtcNow.AddDays(-20), SeasonPhase.Awarded);

        var staff = await PageAsync("E21", "employee", "/team-up/2042");

        Assert.Contains("Awards announced", staff, StringComparison.Ordinal);
        Assert.Contains("href=\"/team-up/2042/entries?lang=en\"", staff, StringComparison.Ordinal);
        Assert.Contains("href=\"/team-up/2042/awards?lang=en\"", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_season_is_a_readable_404_page()
    {
        using var client = await _harness.ClientAsync("E11", "employee");
        using var response = await client.GetAsync("/team-up/2099");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string staffId, string role, string path)
    {
        using var client = await _harness.ClientAsync(staffId, role);
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} as {staffId}: {(int)response.StatusCode} {html}");
        return html;
    }
}
