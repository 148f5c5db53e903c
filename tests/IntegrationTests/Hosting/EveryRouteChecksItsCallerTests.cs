using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Transformation.Platform.Hosting;
using Transformation.Platform.Security;

namespace Transformation.Tests.Hosting;

/// <summary>Walks every HTTP route: who may not call it is refused before the function runs.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class EveryRouteChecksItsCallerTests(LocalHostFixture fixture)
{
    private static IEnumerable<(FunctionEntry Entry, string Method, EndpointAccess Access)> Routes() =>
        FunctionCatalog.App.Http.SelectMany(e => e.HttpMethods.Select(m => (e, m, EndpointGuard.AccessOf(e.Method))));

    [Fact]
    public void Every_http_function_declares_who_may_call_it()
    {
        var undeclared = FunctionCatalog.App.Http.Where(e => !EndpointGuard.AccessOf(e.Method).IsDeclared).Select(e => e.Name).ToList();
        Assert.Empty(undeclared);
    }

    [Fact]
    public async Task Anonymous_calls_are_refused_except_on_public_routes()
    {
        foreach (var (entry, method, access) in Routes())
        {
            using var response = await SendAsync(fixture.Host.Http, method, entry);
            if (access.IsPublic)
            {
                Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {entry.Route} answered {(int)response.StatusCode} to an anonymous call");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    [Fact]
    public async Task Callers_without_a_role_of_the_route_are_forbidden()
    {
        foreach (var (entry, method, access) in Routes().Where(r => !r.Access.IsPublic && r.Access.Roles.Count > 0))
        {
            var others = Roles.All.Except(access.Roles).ToArray();
            using var client = await fixture.Host.ClientForAsync("S-OTHER", others);
            using var response = await SendAsync(client, method, entry);
            var expected = others.Length == 0 ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            Assert.True(response.StatusCode == expected, $"{method} {entry.Route} answered {(int)response.StatusCode} to roles [{string.Join(",", others)}]");
        }
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
    {
        var route = Routes().FirstOrDefault(r => !r.Access.IsPublic);
        Assert.NotNull(route.Entry);
        using var client = new HttpClient { BaseAddress = fixture.Host.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ForeignToken(fixture.Host.BaseUrl));

        using var response = await SendAsync(client, route.Method, route.Entry);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_tampered_token_is_refused()
    {
        var route = Routes().FirstOrDefault(r => !r.Access.IsPublic);
        Assert.NotNull(route.Entry);
        var token = await fixture.Host.TokenAsync("S-1", Roles.All.ToArray());
        var parts = token.Split('.');
        var tampered = parts[0] + "." + Base64UrlEncoder.Encode("{\"staff_id\":\"S-1\",\"roles\":[\"hr.admin\"]}") + "." + parts[2];
        using var client = new HttpClient { BaseAddress = fixture.Host.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tampered);

        using var response = await SendAsync(client, route.Method, route.Entry);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, FunctionEntry entry)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), Hosting.Routes.Sample(entry.Route!));
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }

    // Signed with a key the app never trusted, claiming every role.
    private static string ForeignToken(Uri baseUrl)
    {
        using var rsa = RSA.Create(2048);
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://login.example.com/evil/v2.0",
            Audience = "api://transformation-local",
            Claims = new Dictionary<string, object> { ["staff_id"] = "S-1", ["roles"] = Roles.All.ToArray() },
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa.ExportParameters(true)), SecurityAlgorithms.RsaSha256),
        });
    }
}
