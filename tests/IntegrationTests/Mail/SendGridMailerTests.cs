using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Mail;
using Transformation.Tests.Support;

namespace Transformation.Tests.Mail;

/// <summary>The real SendGrid client, talking to a local server that records each request and answers as told.</summary>
public sealed class SendGridMailerTests : IAsyncLifetime
{
    private RecordingHttpServer _server = null!;

    public async Task InitializeAsync() => _server = await RecordingHttpServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IMailer Mailer(int maxAttempts = 3) => MailServices.SendGrid(_server, maxAttempts).GetRequiredService<IMailer>();

    private IEnumerable<RecordedRequest> Accepted(Func<RecordedRequest, int, bool> wasAccepted) =>
        _server.Requests.Where((r, i) => wasAccepted(r, i));

    [Fact]
    public async Task Two_thousand_five_hundred_recipients_go_out_in_three_requests_of_1000_1000_and_500()
    {
        var batch = StaffBatch.Of(2500);

        var result = await Mailer().SendAsync(batch, MailServices.Timeout());

        var requests = _server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal([1000, 1000, 500], requests.Select(r => r.Personalizations().Count));
        Assert.All(requests, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("/v3/mail/send", r.Path);
            Assert.Equal("Bearer " + MailServices.ApiKey, r.Headers["Authorization"]);
            var json = r.Json();
            Assert.Equal(MailServices.FromAddress, json.GetProperty("from").GetProperty("email").GetString());
            Assert.Equal("人事課", json.GetProperty("from").GetProperty("name").GetString());
            Assert.Equal(StaffBatch.Subject, json.GetProperty("subject").GetString());
            Assert.Equal(batch.OpaqueKey(), json.GetProperty("custom_args").GetProperty("batch_key").GetString());
            Assert.DoesNotContain(batch.Key, json.GetProperty("custom_args").ToString(), StringComparison.Ordinal);
        });
        Assert.Equal(["0", "1", "2"], requests.Select(r => r.Chunk()));
        Assert.Equal(batch.Recipients.Select(r => r.Email), requests.SelectMany(r => r.Recipients()));

        var staff2000 = requests[2].Personalizations()[0];
        Assert.Equal("staff2000@example.go.jp", staff2000.GetProperty("to")[0].GetProperty("email").GetString());
        var substitutions = staff2000.GetProperty("substitutions");
        Assert.Equal("職員2000", substitutions.GetProperty("{{name}}").GetString());
        Assert.Equal(StaffBatch.LinkOf(2000), substitutions.GetProperty("{{link}}").GetString());
        Assert.Equal(StaffBatch.LinkOf(2000).Replace("&", "&amp;", StringComparison.Ordinal), substitutions.GetProperty("{{link:html}}").GetString());
        Assert.Equal(new MailSendResult(batch.Key, 2500, 3, 3, 0), result);
    }

    [Fact]
    public async Task Recipients_of_two_languages_share_each_request_and_each_gets_their_own_language()
    {
        var batch = StaffBatch.Mixed(1500);

        var result = await Mailer().SendAsync(batch, MailServices.Timeout());

        var requests = _server.Requests;
        Assert.Equal([1000, 500], requests.Select(r => r.Personalizations().Count)); // per chunk one request, not one per language
        Assert.Equal(batch.Recipients.Select(r => r.Email), requests.SelectMany(r => r.Recipients()));
        Assert.All(requests, r => Assert.Equal(
            [("text/plain", "%body_text%"), ("text/html", "%body_html%")],
            r.Json().GetProperty("content").EnumerateArray().Select(c => (c.GetProperty("type").GetString(), c.GetProperty("value").GetString()))));

        var personalizations = requests.SelectMany(r => r.Personalizations()).ToList();
        var english = personalizations[1300]; // staff1300: 1300 % 3 == 1
        Assert.Equal("Dear 職員1300: survey invitation", english.GetProperty("subject").GetString());
        Assert.Equal($"Dear 職員1300,\nPlease answer here: {StaffBatch.LinkOf(1300)}\n", english.GetProperty("substitutions").GetProperty("%body_text%").GetString());
        var japanese = personalizations[1302];
        Assert.Equal("職員1302 様: 調査のご案内", japanese.GetProperty("subject").GetString());
        Assert.Contains(StaffBatch.LinkOf(1302).Replace("&", "&amp;", StringComparison.Ordinal), japanese.GetProperty("substitutions").GetProperty("%body_html%").GetString(), StringComparison.Ordinal);
        Assert.Equal(500, personalizations.Count(p => p.GetProperty("subject").GetString()!.StartsWith("Dear ", StringComparison.Ordinal)));
        Assert.Equal(new MailSendResult(batch.Key, 1500, 2, 2, 0), result);
    }

    [Fact]
    public async Task A_rate_limit_is_waited_out_until_its_reset_and_then_each_recipient_gets_one_message()
    {
        var reset = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddSeconds(2).ToUnixTimeSeconds());
        _server.Respond = (_, position) => position == 0
            ? new PlannedResponse(429, new Dictionary<string, string> { ["X-RateLimit-Reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) })
            : PlannedResponse.Accepted;
        var batch = StaffBatch.Of(5);

        await Mailer().SendAsync(batch, MailServices.Timeout());

        var requests = _server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt >= reset, $"retried at {requests[1].ReceivedAt:O}, before the reset {reset:O}");
        Assert.Equal(batch.Recipients.Select(r => r.Email), Accepted((_, i) => i > 0).SelectMany(r => r.Recipients()));
    }

    [Fact]
    public async Task A_server_error_is_tried_again_and_then_succeeds()
    {
        _server.Respond = (_, position) => position == 0 ? new PlannedResponse(503, Body: "{\"errors\":[{\"message\":\"busy\"}]}") : PlannedResponse.Accepted;
        var batch = StaffBatch.Of(3);

        var result = await Mailer().SendAsync(batch, MailServices.Timeout());

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(_server.Requests[0].Body, _server.Requests[1].Body);
        Assert.Equal(1, result.ChunksSent);
    }

    [Fact]
    public async Task Sending_the_same_batch_key_again_like_a_retried_activity_sends_nothing_more()
    {
        var services = MailServices.SendGrid(_server);
        var batch = StaffBatch.Of(1200);
        await services.GetRequiredService<IMailer>().SendAsync(batch, MailServices.Timeout());

        var again = await services.GetRequiredService<IMailer>().SendAsync(batch, MailServices.Timeout());

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(new MailSendResult(batch.Key, 1200, 2, 0, 2), again);
    }

    [Fact]
    public async Task A_chunk_failing_every_time_throws_and_a_retry_sends_only_the_chunks_not_yet_sent()
    {
        var broken = true;
        _server.Respond = (request, _) => broken && request.Chunk() == "1" ? new PlannedResponse(500) : PlannedResponse.Accepted;
        var services = MailServices.SendGrid(_server, maxAttempts: 3);
        var batch = StaffBatch.Of(2500);

        var error = await Assert.ThrowsAsync<MailSendException>(() => services.GetRequiredService<IMailer>().SendAsync(batch, MailServices.Timeout()));

        Assert.Contains("chunk 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(["0", "1", "1", "1"], _server.Requests.Select(r => r.Chunk()));

        broken = false;
        var before = _server.Requests.Count;
        var result = await services.GetRequiredService<IMailer>().SendAsync(batch, MailServices.Timeout());

        Assert.Equal(["1", "2"], _server.Requests.Skip(before).Select(r => r.Chunk()));
        Assert.Equal(new MailSendResult(batch.Key, 2500, 3, 2, 1), result);
        var delivered = _server.Requests.Where((r, i) => r.Chunk() != "1" || i >= before).SelectMany(r => r.Recipients()).ToList();
        Assert.Equal(batch.Recipients.Select(r => r.Email), delivered);
    }

    [Fact]
    public async Task A_refusal_such_as_a_bad_request_is_not_retried_and_says_what_sendgrid_answered()
    {
        _server.Respond = (_, _) => new PlannedResponse(400, Body: "{\"errors\":[{\"message\":\"The from address does not match a verified Sender Identity.\"}]}");

        var error = await Assert.ThrowsAsync<MailSendException>(() => Mailer().SendAsync(StaffBatch.Of(2), MailServices.Timeout()));

        Assert.Single(_server.Requests);
        Assert.Contains("verified Sender Identity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_key_reused_for_other_recipients_is_refused_instead_of_skipped()
    {
        var services = MailServices.SendGrid(_server);
        var key = StaffBatch.NewKey();
        await services.GetRequiredService<IMailer>().SendAsync(StaffBatch.Of(2, key), MailServices.Timeout());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => services.GetRequiredService<IMailer>().SendAsync(StaffBatch.Of(2, key, first: 50), MailServices.Timeout()));

        Assert.Contains("new key", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }
}
