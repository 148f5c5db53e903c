using System.Net;
using System.Net.Http.Headers;

namespace Transformation.Tests.Hosting;

/// <summary>The guard answers a browser with pages (and the sign-in page), an API client with problem+json.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class BrowsersGetPagesNotProblemsTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task A_browser_without_sign_in_is_sent_to_the_sign_in_page_and_back()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Host.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/organisation/roster?x=1");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in?returnUrl=%2Forganisation%2Froster%3Fx%3D1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_browser_of_someone_not_in_the_roster_gets_a_readable_403_page_in_Japanese()
    {
        using var client = await fixture.Host.ClientForAsync("S-EMP", "employee");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/organisation/roster");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("職員名簿に登録されていません", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_client_gets_problem_json_not_a_redirect()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Host.BaseUrl };

        using var response = await client.GetAsync("/api/organisation/roster");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
