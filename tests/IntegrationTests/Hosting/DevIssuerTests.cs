using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Transformation.Tests.Hosting;

/// <summary>The local development issuer: real OIDC metadata and keys, tokens only for known roles.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class DevIssuerTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task The_issuer_publishes_metadata_and_signing_keys()
    {
        var metadata = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/dev/issuer/local/v2.0/.well-known/openid-configuration");
        var jwksUri = new Uri(metadata.GetProperty("jwks_uri").GetString()!);
        var keys = await fixture.Host.Http.GetFromJsonAsync<JsonElement>(jwksUri.PathAndQuery);

        Assert.Equal(new Uri(fixture.Host.BaseUrl, "/dev/issuer/local/v2.0").ToString(), metadata.GetProperty("issuer").GetString());
        Assert.Equal("RSA", keys.GetProperty("keys")[0].GetProperty("kty").GetString());
    }

    [Theory]
    [InlineData("{\"staffId\":\"1\",\"roles\":[\"superuser\"]}", "superuser")]
    [InlineData("{\"roles\":[\"employee\"]}", "staffId")]
    public async Task A_token_request_with_an_unknown_role_or_no_staff_id_is_refused(string body, string named)
    {
        using var response = await fixture.Host.Http.PostAsync("/dev/token", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_minted_token_is_accepted_for_its_roles()
    {
        using var hr = await fixture.Host.ClientForAsync("1010003", "hr.admin");

        using var response = await hr.GetAsync("/api/organisation/staff/1010003");

        // Past the guard: the function answers (found, or not found when no roster is imported in this host).
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound });
    }
}
