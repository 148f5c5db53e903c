using Transformation.Platform.Mail;

namespace Transformation.Tests.Mail;

public sealed class MailTemplateTests
{
    private static readonly MailRecipient Tricky = new(
        "tanaka@example.go.jp",
        "田中 <太郎> & \"花子\"",
        new Dictionary<string, string> { ["link"] = "https://app.example/a?x=1&y='2'" });

    [Fact]
    public void Values_are_html_encoded_in_the_html_body_and_left_as_they_are_in_subject_and_text()
    {
        var batch = new TestBatch().With(Tricky).Build();

        var mail = BatchTemplate.Of(batch).Render(Tricky);

        Assert.Equal("田中 <太郎> & \"花子\" 様: 調査のご案内", mail.Subject);
        Assert.Contains("回答はこちら: https://app.example/a?x=1&y='2'", mail.Text, StringComparison.Ordinal);
        Assert.Contains("<p>田中 &lt;太郎&gt; &amp; &quot;花子&quot; 様</p>", mail.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://app.example/a?x=1&amp;y=&#39;2&#39;\">", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_and_email_are_there_without_being_given_and_a_given_value_wins()
    {
        var template = MailTemplate.Parse("{{name}} / {{email}}");
        var plain = new MailRecipient("a@example.go.jp", "青木", new Dictionary<string, string>());
        var overridden = plain with { Values = new Dictionary<string, string> { ["name"] = "Aoki" } };

        Assert.Equal("青木 / a@example.go.jp", template.Render(plain.ValuesWithDefaults(), html: false));
        Assert.Equal("Aoki / a@example.go.jp", template.Render(overridden.ValuesWithDefaults(), html: false));
    }

    [Fact]
    public void Braces_that_are_not_a_placeholder_stay_as_written()
    {
        var template = MailTemplate.Parse("{{ spaced }} {single} {{1digit}} {{ok}}");

        Assert.Equal(["ok"], template.Placeholders);
        Assert.Equal("{{ spaced }} {single} {{1digit}} 値", template.Render(new Dictionary<string, string> { ["ok"] = "値" }, html: false));
    }

    [Fact]
    public void Rendered_length_matches_the_rendered_text()
    {
        var template = MailTemplate.Parse("<a href=\"{{link}}\">{{name}}</a>");
        var values = Tricky.ValuesWithDefaults();

        Assert.Equal(template.Render(values, html: true).Length, template.RenderedLength(values, html: true));
    }

    [Fact]
    public void A_batch_missing_a_value_for_one_recipient_is_refused_naming_recipient_and_placeholder()
    {
        var batch = new TestBatch().WithStaff(3).With(new MailRecipient("nolink@example.go.jp", "リンク無し", new Dictionary<string, string>())).Build();

        var error = Assert.Throws<ArgumentException>(() => MailBatchRules.Validate(batch, BatchTemplate.Of(batch)));

        Assert.Contains("nolink@example.go.jp", error.Message, StringComparison.Ordinal);
        Assert.Contains("{{link}}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("Taro <taro@example.go.jp>")]
    [InlineData("taro @example.go.jp")]
    [InlineData("")]
    public void A_recipient_without_a_bare_email_address_is_refused(string email)
    {
        var batch = new TestBatch().With(new MailRecipient(email, "x", new Dictionary<string, string> { ["link"] = "https://a.example" })).Build();

        var error = Assert.Throws<ArgumentException>(() => MailBatchRules.Validate(batch, BatchTemplate.Of(batch)));
        Assert.Contains("email address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_too_long_to_keep_is_refused_with_its_size()
    {
        var huge = new string('あ', MailBatchRules.MaxBodyCharacters);
        var batch = new TestBatch().WithTemplate("件名", "{{body}}", "<p>{{body}}</p>")
            .With(new MailRecipient("a@example.go.jp", "a", new Dictionary<string, string> { ["body"] = huge })).Build();

        var error = Assert.Throws<ArgumentException>(() => MailBatchRules.Validate(batch, BatchTemplate.Of(batch)));
        Assert.Contains("characters long", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_batch_passes()
    {
        var batch = new TestBatch().WithStaff(5).Build();

        MailBatchRules.Validate(batch, BatchTemplate.Of(batch));
    }
}
