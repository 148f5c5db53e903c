using System.Net;
using System.Text.RegularExpressions;
using Transformation.Platform.Hosting;
using Transformation.Platform.Security;

namespace Transformation.Tests.Hosting;

/// <summary>
/// Ids that cannot exist never reach storage: Azurite accepts a key over 1 KiB, Azure Table Storage answers it with 400,
/// which would surface as a 500. Every route with an id in its address is called with a 1,200-character id.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed partial class ImplausibleIdTests(LocalHostFixture fixture)
{
    private static readonly string LongId = new('x', 1200);

    [Fact]
    public async Task A_1200_character_id_in_the_address_of_any_route_is_a_404_for_signed_in_callers()
    {
        using var client = await fixture.Host.ClientForAsync("S-1", [.. Roles.All]);
        var answers = new List<string>();
        foreach (var (entry, method) in RoutesWithIds())
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), "/" + Parameter().Replace(entry.Route!, LongId));
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                answers.Add($"{method} {entry.Route}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(answers);
    }

    [Fact]
    public async Task A_browser_gets_a_404_page_for_such_an_address()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/team-up/" + LongId + "/entries");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await fixture.Host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ページが見つかりません", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_1200_character_id_given_as_a_query_parameter_is_a_400_naming_it()
    {
        using var hr = await fixture.Host.ClientForAsync("HR1", "hr.admin");

        using var response = await hr.GetAsync("/api/organisation/roster?snapshot=" + LongId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"field\":\"snapshot\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IEnumerable<(FunctionEntry Entry, string Method)> RoutesWithIds() =>
        FunctionCatalog.App.Http.Where(e => e.Route!.Contains('{', StringComparison.Ordinal)).SelectMany(e => e.HttpMethods.Select(m => (e, m)));

    [GeneratedRegex(@"\{[A-Za-z0-9_]+[^}]*\}")]
    private static partial Regex Parameter();
}
