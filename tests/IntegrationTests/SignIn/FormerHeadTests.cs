using System.Net;
using Transformation.Tests.Support;

namespace Transformation.Tests.SignIn;

/// <summary>
/// Headship comes from the current roster, not from the Entra role: a head who moves keeps the role in the
/// tenant but loses the rights, and the division they left is read by whoever heads it now.
/// </summary>
public sealed class FormerHeadTests : IAsyncLifetime
{
    private readonly SampleRosterHostFixture _host = new();

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();

        // 池田 亮 (2020001), head of 産業人材課 2020, moves to 政策企画課 2010 as 課長補佐 under its head.
        var csv = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "workflows", "samples", "roster.csv"));
        csv = csv.Replace("2020001,池田 亮,ikeda-ryo@example.go.jp,200,経済産業政策局,2020,産業人材課,課長,2000001",
            "2020001,池田 亮,ikeda-ryo@example.go.jp,200,経済産業政策局,2010,政策企画課,課長補佐,2010001", StringComparison.Ordinal);
        await _host.ImportAsync(csv);
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData("2010")] // the new division
    [InlineData("2020")] // the division they left
    public async Task A_former_head_with_the_head_role_cannot_read_a_divisions_members(string division)
    {
        using var formerHead = await _host.Host.ClientForAsync("2020001", "division.head", "employee");

        using var response = await formerHead.GetAsync($"/api/organisation/divisions/{division}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_person_the_roster_now_makes_head_reads_the_division_without_the_entra_role()
    {
        // With 2020001 gone, 橋本 真由美 (2020002) is the member of 2020 whose supervisor sits outside it.
        using var newHead = await _host.Host.ClientForAsync("2020002", "employee");

        using var response = await newHead.GetAsync("/api/organisation/divisions/2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
