using Transformation.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Mail;

namespace Transformation.Tests.Mail;

/// <summary>The local outbox on the real Azurite.</summary>
public sealed class OutboxMailerTests
{
    private readonly ServiceProvider _services = MailServices.Outbox();

    private IMailer Mailer => _services.GetRequiredService<IMailer>();

    private MailOutbox Outbox => _services.GetRequiredService<MailOutbox>();

    [Fact]
    public async Task Each_recipient_gets_their_own_rendered_message_with_its_links()
    {
        var batch = StaffBatch.Of(3);

        await Mailer.SendAsync(batch, MailServices.Timeout());

        var messages = await Outbox.ListAsync(null, 100, MailServices.Timeout());
        Assert.Equal(3, messages.Count);
        var staff1 = Assert.Single(messages, m => m.To == "staff0001@example.go.jp");
        Assert.Equal("職員0001", staff1.Name);
        Assert.Equal("職員0001 様: 調査のご案内", staff1.Subject);
        Assert.Equal("職員0001 様\n回答はこちら：https://app.example/r/0001?t=a&u=b。\n", staff1.Text);
        Assert.Equal("<p>職員0001 様</p><p><a href=\"https://app.example/r/0001?t=a&amp;u=b\">回答する</a></p>", staff1.Html);
        Assert.Equal([StaffBatch.LinkOf(1)], staff1.Links);
        Assert.Equal(batch.Key, staff1.BatchKey);
        Assert.InRange(staff1.SentAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(5));
    }

    [Fact]
    public async Task A_batch_of_two_languages_shows_each_person_their_own_language()
    {
        var batch = StaffBatch.Mixed(3);

        await Mailer.SendAsync(batch, MailServices.Timeout());

        var japanese = Assert.Single(await Outbox.ListAsync("staff0000@example.go.jp", 10, MailServices.Timeout()), m => m.BatchKey == batch.Key);
        var english = Assert.Single(await Outbox.ListAsync("staff0001@example.go.jp", 10, MailServices.Timeout()), m => m.BatchKey == batch.Key);
        Assert.Equal("職員0000 様: 調査のご案内", japanese.Subject);
        Assert.Equal("職員0000 様\n回答はこちら：https://app.example/r/0000?t=a&u=b。\n", japanese.Text);
        Assert.Equal("Dear 職員0001: survey invitation", english.Subject);
        Assert.Equal("Dear 職員0001,\nPlease answer here: https://app.example/r/0001?t=a&u=b\n", english.Text);
        Assert.Equal("<p>Dear 職員0001,</p><p><a href=\"https://app.example/r/0001?t=a&amp;u=b\">Answer</a></p>", english.Html);
        Assert.Equal([StaffBatch.LinkOf(1)], english.Links);
    }

    [Fact]
    public async Task The_list_is_newest_first_and_can_be_narrowed_to_one_recipient_in_any_letter_case()
    {
        await Mailer.SendAsync(StaffBatch.Of(2), MailServices.Timeout());
        await Task.Delay(50);
        var reminder = StaffBatch.Of(1) with { Subject = "リマインダー" };
        await Mailer.SendAsync(reminder, MailServices.Timeout());

        var all = await Outbox.ListAsync(null, 100, MailServices.Timeout());
        var forStaff0 = await Outbox.ListAsync("STAFF0000@example.go.jp", 100, MailServices.Timeout());

        Assert.Equal(3, all.Count);
        Assert.Equal("リマインダー", all[0].Subject);
        Assert.Equal(["リマインダー", "職員0000 様: 調査のご案内"], forStaff0.Select(m => m.Subject));
        Assert.Empty(await Outbox.ListAsync("nobody@example.go.jp", 100, MailServices.Timeout()));
    }

    [Fact]
    public async Task A_retried_batch_is_not_kept_twice()
    {
        var batch = StaffBatch.Of(1500);
        await Mailer.SendAsync(batch, MailServices.Timeout());

        var again = await Mailer.SendAsync(batch, MailServices.Timeout());

        Assert.Equal(new MailSendResult(batch.Key, 1500, 2, 0, 2), again);
        var kept = await Outbox.ListAsync(null, MailOutbox.MaxListed, MailServices.Timeout());
        Assert.Equal(MailOutbox.MaxListed, kept.Count);
        Assert.Single(await Outbox.ListAsync("staff1499@example.go.jp", 100, MailServices.Timeout()));
        Assert.Single(await Outbox.ListAsync("staff0000@example.go.jp", 100, MailServices.Timeout()));
    }

    [Fact]
    public async Task A_long_html_body_is_kept_whole()
    {
        var paragraph = "<p>長いお知らせです。詳しくは https://app.example/info をご覧ください。</p>\n";
        var html = string.Concat(Enumerable.Repeat(paragraph, 2000)) + "<a href=\"{{link}}\">回答</a>";
        var batch = StaffBatch.Of(1) with { HtmlBody = html };
        Assert.True(html.Length > 3 * LongText.PieceLength);

        await Mailer.SendAsync(batch, MailServices.Timeout());

        var kept = Assert.Single(await Outbox.ListAsync(null, 10, MailServices.Timeout()));
        Assert.Equal(BatchTemplate.Of(batch).Render(batch.Recipients[0]).Html, kept.Html);
        Assert.Equal([StaffBatch.LinkOf(0), "https://app.example/info"], kept.Links);
        var found = await Outbox.FindAsync(kept.Id, MailServices.Timeout());
        Assert.Equal(kept.Html, found?.Html);
        Assert.Equal(kept.Links, found?.Links);
    }

    [Fact]
    public async Task The_activity_sends_a_batch_and_refuses_more_than_1000_recipients()
    {
        var activity = ActivatorUtilities.CreateInstance<SendMailActivity>(_services);

        var result = await activity.SendMail(StaffBatch.Of(2));
        var error = await Assert.ThrowsAsync<ArgumentException>(() => activity.SendMail(StaffBatch.Of(1001)));

        Assert.Equal(1, result.ChunksSent);
        Assert.Contains("at most 1000", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await Outbox.ListAsync(null, 100, MailServices.Timeout())).Count);
    }
}
