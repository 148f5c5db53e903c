using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Transformation.Tests.Support.TeamUp;
using Transformation.Tests.TeamUp;

namespace Transformation.Tests.Hosting;

/// <summary>
/// Bodies that are not UTF-8 JSON of the documented shape, sent as bytes over HTTP to the local host: 400, 415 or 413
/// as problem+json in the caller's language, never a 500, and nothing written.
/// </summary>
public sealed class BadBodyTests(TeamUpEntriesHostFixture fixture) : IClassFixture<TeamUpEntriesHostFixture>
{
    // {"kind": "\xff\xfe\xfd"}: well-formed JSON whose string is not UTF-8.
    private static readonly byte[] InvalidUtf8Kind = [.. "{\"kind\": \""u8, 0xFF, 0xFE, 0xFD, .. "\"}"u8];

    private readonly TeamUpEntryHarness _harness = fixture.Harness;

    [Fact]
    public async Task A_care_sheet_whose_string_is_not_utf8_is_a_400_and_nothing_is_stored()
    {
        using var employee = await _harness.ClientAsync("E11", "employee");

        using var response = await employee.PostAsync("/api/care-sheets", Bytes(InvalidUtf8Kind, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "body");
        var mine = JsonDocument.Parse(await employee.GetStringAsync("/api/care-sheets/mine"));
        Assert.Equal(0, mine.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_care_sheet_revision_whose_string_is_not_utf8_is_a_400()
    {
        using var employee = await _harness.ClientAsync("E11", "employee");

        using var response = await employee.PutAsync("/api/care-sheets/0123456789abcdef0123456789abcdef", Bytes(InvalidUtf8Kind, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "body");
    }

    [Fact]
    public async Task A_team_up_entry_whose_hours_are_not_utf8_is_a_400_and_nothing_is_stored()
    {
        await _harness.CreateSeasonAsync("2071", DateTimeOffset.UtcNow.AddDays(10));
        using var head = await _harness.ClientAsync("H1", "division.head");
        const string path = "/api/team-up/seasons/2071/entries/D1";
        byte[] body = [.. "{\"stopWork\": [{\"task\": \"押印\", \"reason\": \"電子決裁\", \"hoursPerMonth\": \""u8, 0xFF, .. "\"}]}"u8];
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = Bytes(body, "application/json") };

        using var response = await TeamUpEntryHarness.SendCreateAsync(head, request);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "body");
        using var read = await head.GetAsync(path);
        Assert.Equal("not-started", (await TeamUpEntryHarness.JsonAsync(read)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_escaped_lone_surrogate_is_a_400()
    {
        using var employee = await _harness.ClientAsync("E11", "employee");

        using var response = await employee.PostAsync("/api/care-sheets", Bytes("{\"kind\": \"\\ud800\"}"u8.ToArray(), "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "body");
    }

    [Fact]
    public async Task Json_sent_as_text_plain_is_a_415_in_the_callers_language()
    {
        using var employee = await _harness.ClientAsync("E11", "employee");
        employee.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var response = await employee.PostAsync("/api/care-sheets", Bytes("{\"kind\": \"childcare\"}"u8.ToArray(), "text/plain"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, null);
        Assert.Contains("Send the body as UTF-8 JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_above_the_cap_with_its_length_declared_is_a_413()
    {
        using var employee = await _harness.ClientAsync("E11", "employee");

        using var response = await employee.PostAsync("/api/care-sheets", Bytes(Huge(), "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, null);
        Assert.Contains("2,097,152", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_above_the_cap_sent_in_chunks_is_a_413()
    {
        using var employee = await _harness.ClientAsync("E11", "employee");
        using var content = new StreamContent(new UnseekableStream(Huge()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await employee.PostAsync("/api/care-sheets", content);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, null);
    }

    private static byte[] Huge() => Encoding.UTF8.GetBytes("{\"note\": \"" + new string('あ', 1024 * 1024) + "\"}");

    private static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateArray();
            Assert.Contains(errors, e => e.GetProperty("field").GetString() == field);
        }
    }

    // A stream of unknown length, so the client sends the body chunked, without Content-Length.
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
