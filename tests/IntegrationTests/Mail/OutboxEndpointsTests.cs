using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Transformation.LocalHost.Dev;
using Transformation.Platform.Mail;
using Transformation.Tests.Support;

namespace Transformation.Tests.Mail;

/// <summary>GET /dev/outbox over real HTTP, mapped on a bare web app (not the local host) with the mail services on Azurite.</summary>
public sealed class OutboxEndpointsTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddMailForTests(Azurite.NewTables(), new() { ["Mail:Provider"] = "Outbox" });
        _app = builder.Build();
        _app.MapDevOutbox();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task The_outbox_lists_kept_mail_as_json_and_filters_by_recipient()
    {
        var batch = StaffBatch.Of(3);
        await _app.Services.GetRequiredService<IMailer>().SendAsync(batch, MailServices.Timeout());

        var all = await _http.GetFromJsonAsync<JsonElement>("/dev/outbox");
        var one = await _http.GetFromJsonAsync<JsonElement>("/dev/outbox?to=staff0002@example.go.jp");

        Assert.Equal(3, all.GetArrayLength());
        var message = Assert.Single(one.EnumerateArray().ToList());
        Assert.Equal(
            ["id", "to", "name", "subject", "text", "html", "links", "sentAt", "batchKey"],
            message.EnumerateObject().Select(p => p.Name));
        Assert.Equal("staff0002@example.go.jp", message.GetProperty("to").GetString());
        Assert.Equal(StaffBatch.LinkOf(2), message.GetProperty("links")[0].GetString());
        Assert.Equal(batch.Key, message.GetProperty("batchKey").GetString());
    }

    [Fact]
    public async Task One_message_opens_as_its_html_page_and_an_unknown_one_is_not_found()
    {
        await _app.Services.GetRequiredService<IMailer>().SendAsync(StaffBatch.Of(1), MailServices.Timeout());
        var id = (await _http.GetFromJsonAsync<JsonElement>("/dev/outbox"))[0].GetProperty("id").GetString();

        using var page = await _http.GetAsync(new Uri($"/dev/outbox/{id}", UriKind.Relative));
        using var missing = await _http.GetAsync(new Uri("/dev/outbox/0000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<a href=\"https://app.example/r/0000?t=a&amp;u=b\">回答する</a>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
