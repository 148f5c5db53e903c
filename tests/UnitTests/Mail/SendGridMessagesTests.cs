using SendGrid.Helpers.Mail;
using Transformation.Platform.Mail;

namespace Transformation.Tests.Mail;

public sealed class SendGridMessagesTests
{
    [Fact]
    public void Each_recipient_gets_a_personalization_with_plain_and_html_encoded_substitutions()
    {
        var batch = new TestBatch().WithKey("k1").WithStaff(2).Build();

        var message = SendGridMessages.Build(batch, BatchTemplate.Of(batch), batch.Recipients, 7, new EmailAddress("jinji@example.go.jp", "人事課"));

        Assert.Equal(2, message.Personalizations.Count);
        var first = message.Personalizations[0];
        Assert.Equal("staff0000@example.go.jp", Assert.Single(first.Tos).Email);
        Assert.Equal("https://app.example/r/0000?t=a&u=b", first.Substitutions["{{link}}"]);
        Assert.Equal("https://app.example/r/0000?t=a&amp;u=b", first.Substitutions["{{link:html}}"]);
        Assert.Equal("職員0000", first.Substitutions["{{name}}"]);
        Assert.Equal(["text/plain", "text/html"], message.Contents.Select(c => c.Type));
        Assert.Contains("<a href=\"{{link:html}}\">", message.Contents[1].Value, StringComparison.Ordinal);
        Assert.Equal(MailBatch.Opaque("k1"), message.CustomArgs["batch_key"]);
        Assert.Equal("7", message.CustomArgs["chunk"]);
    }

    [Fact]
    public void The_custom_arguments_the_provider_keeps_name_no_staff_id_or_sheet()
    {
        var batch = new TestBatch().WithKey("care-sheet:3f2a9c:v1:approval:2010005").WithStaff(1).Build();

        var message = SendGridMessages.Build(batch, BatchTemplate.Of(batch), batch.Recipients, 0, new EmailAddress("jinji@example.go.jp", "人事課"));

        var args = string.Join("|", message.CustomArgs.Values);
        Assert.DoesNotContain("2010005", args, StringComparison.Ordinal);
        Assert.DoesNotContain("3f2a9c", args, StringComparison.Ordinal);
        Assert.Equal(MailBatch.Opaque(batch.Key), message.CustomArgs["batch_key"]);
    }

    [Fact]
    public void A_batch_whose_values_are_too_large_for_sendgrid_is_refused_before_sending()
    {
        var batch = new TestBatch().WithStaff(2)
            .With(new MailRecipient("long@example.go.jp", "長い", new Dictionary<string, string> { ["link"] = "https://app.example/" + new string('a', 6000) }))
            .Build();

        var error = Assert.Throws<ArgumentException>(() => SendGridMessages.CheckSubstitutionSizes(batch, BatchTemplate.Of(batch)));

        Assert.Contains("long@example.go.jp", error.Message, StringComparison.Ordinal);
        SendGridMessages.CheckSubstitutionSizes(new TestBatch().WithStaff(2).Build(), BatchTemplate.Of(batch));
    }

    [Theory]
    [InlineData("Smith, John", "Smith John")]
    [InlineData("山田;太郎", "山田 太郎")]
    [InlineData("改行\r\nのある氏名", "改行のある氏名")]
    public void A_recipient_name_the_provider_refuses_is_cleaned_in_the_request(string name, string sent)
    {
        var recipient = new MailRecipient("a@example.go.jp", name, new Dictionary<string, string> { ["link"] = "https://a.example" });
        var batch = new TestBatch().With(recipient).Build();

        var message = SendGridMessages.Build(batch, BatchTemplate.Of(batch), batch.Recipients, 0, new EmailAddress("jinji@example.go.jp", "人事課"));

        Assert.Equal(sent, Assert.Single(message.Personalizations.Single().Tos).Name);
    }

    [Fact]
    public void A_name_of_nothing_but_separators_is_left_out() =>
        Assert.Null(SendGridMessages.To(new MailRecipient("a@example.go.jp", " ;, ", new Dictionary<string, string>())).Name);
}
