using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Transformation.Platform.Hosting;

namespace Transformation.Tests.Hosting;

[Collection(LocalHostCollection.Name)]
public sealed class LocalHostServesTheAppTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task Health_reports_storage_and_durable_engine()
    {
        using var response = await fixture.Host.Http.GetAsync("/api/health");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("storage").GetProperty("ok").GetBoolean());
        Assert.True(body.GetProperty("durable").GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task Every_function_of_the_app_is_served_by_the_local_host()
    {
        var served = await fixture.Host.Http.GetFromJsonAsync<JsonElement[]>("/dev/functions");
        var byName = served!.ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("kind").GetString()!);

        Assert.NotEmpty(FunctionCatalog.App.Entries);
        foreach (var entry in FunctionCatalog.App.Entries)
        {
            Assert.True(byName.TryGetValue(entry.Name, out var kind), $"{entry.Name} is not served");
            Assert.Equal(entry.Kind.ToString(), kind, StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Every_http_route_reaches_its_function()
    {
        foreach (var entry in FunctionCatalog.App.Http)
        {
            foreach (var method in entry.HttpMethods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Routes.Sample(entry.Route!));
                using var response = await fixture.Host.Http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();

                // An unmapped route is the router's bare 404; anything from the guard or the function has a body.
                Assert.False(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed && body.Length == 0,
                    $"{method} {entry.Route} is not served ({(int)response.StatusCode})");
            }
        }
    }

    [Fact]
    public async Task The_openapi_document_describes_every_http_route()
    {
        var document = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/api/openapi.json");
        var paths = document.GetProperty("paths");

        foreach (var entry in FunctionCatalog.App.Http)
        {
            var path = Routes.OpenApiPath(entry.Route!);
            Assert.True(paths.TryGetProperty(path, out var operations), $"{path} is missing from the OpenAPI document");
            foreach (var method in entry.HttpMethods)
            {
                Assert.True(operations.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} {path} is missing");
                Assert.Equal(entry.Name, operation.GetProperty("operationId").GetString());
            }
        }
    }
}
