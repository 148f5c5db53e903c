using System.Text.Json;
using SendGrid.Helpers.Mail;
using Transformation.Platform.Mail;

namespace Transformation.Tests.Mail;

/// <summary>A batch whose recipients read different languages: one request per chunk, each person their own version.</summary>
public sealed class MailVariantsTests
{
    private static readonly EmailAddress From = new("jinji@example.go.jp", "人事課");

    /// <summary>staff0000… with every third reading English.</summary>
    private static MailBatch Mixed(int count)
    {
        var batch = new TestBatch().WithKey("mixed").WithStaff(count).WithVariant("en", TestBatch.English).Build();
        return batch with { Recipients = batch.Recipients.Select((r, i) => i % 3 == 1 ? r with { Variant = "en" } : r).ToList() };
    }

    private static JsonElement Json(SendGridMessage message) => JsonDocument.Parse(message.Serialize()).RootElement;

    [Fact]
    public void A_mixed_batch_is_one_request_where_each_personalization_carries_its_own_subject_and_bodies()
    {
        var batch = Mixed(3);
        var template = BatchTemplate.Of(batch);

        var json = Json(SendGridMessages.Build(batch, template, batch.Recipients, 0, From));

        var contents = json.GetProperty("content").EnumerateArray().Select(c => (c.GetProperty("type").GetString(), c.GetProperty("value").GetString())).ToList();
        Assert.Equal([("text/plain", SendGridMessages.TextSelector), ("text/html", SendGridMessages.HtmlSelector)], contents);
        Assert.False(json.TryGetProperty("sections", out _)); // retired by SendGrid: everything is per personalization
        var personalizations = json.GetProperty("personalizations").EnumerateArray().ToList();
        Assert.Equal(3, personalizations.Count);

        var japanese = personalizations[0];
        Assert.Equal("staff0000@example.go.jp", japanese.GetProperty("to")[0].GetProperty("email").GetString());
        Assert.Equal("職員0000 様: 調査のご案内", japanese.GetProperty("subject").GetString());
        Assert.Equal("職員0000 様\n回答はこちら: https://app.example/r/0000?t=a&u=b\n", japanese.GetProperty("substitutions").GetProperty(SendGridMessages.TextSelector).GetString());
        Assert.Equal("<p>職員0000 様</p><p><a href=\"https://app.example/r/0000?t=a&amp;u=b\">回答する</a></p>", japanese.GetProperty("substitutions").GetProperty(SendGridMessages.HtmlSelector).GetString());

        var english = personalizations[1];
        Assert.Equal("staff0001@example.go.jp", english.GetProperty("to")[0].GetProperty("email").GetString());
        Assert.Equal("Dear 職員0001: survey invitation", english.GetProperty("subject").GetString());
        Assert.Equal("Dear 職員0001,\nPlease answer here: https://app.example/r/0001?t=a&u=b\n", english.GetProperty("substitutions").GetProperty(SendGridMessages.TextSelector).GetString());
        Assert.Equal("<p>Dear 職員0001,</p><p><a href=\"https://app.example/r/0001?t=a&amp;u=b\">Answer</a></p>", english.GetProperty("substitutions").GetProperty(SendGridMessages.HtmlSelector).GetString());

        // Exactly what the outbox shows the same person.
        Assert.All(personalizations.Zip(batch.Recipients), p =>
        {
            var rendered = template.Render(p.Second);
            Assert.Equal(rendered.Subject, p.First.GetProperty("subject").GetString());
            Assert.Equal(rendered.Html, p.First.GetProperty("substitutions").GetProperty(SendGridMessages.HtmlSelector).GetString());
        });
        Assert.Equal(MailBatch.Opaque("mixed"), json.GetProperty("custom_args").GetProperty("batch_key").GetString());
    }

    [Fact]
    public void A_thousand_recipients_of_two_languages_fit_one_request_within_sendgrids_substitution_limit()
    {
        var batch = Mixed(1000);
        var template = BatchTemplate.Of(batch);
        SendGridMessages.CheckSubstitutionSizes(batch, template);

        var chunks = MailChunks.Split(batch.Recipients);
        var json = Json(SendGridMessages.Build(batch, template, Assert.Single(chunks), 0, From));

        var subjects = json.GetProperty("personalizations").EnumerateArray().Select(p => p.GetProperty("subject").GetString()!).ToList();
        Assert.Equal(1000, subjects.Count);
        Assert.Equal(333, subjects.Count(s => s.StartsWith("Dear ", StringComparison.Ordinal)));
        Assert.Equal(667, subjects.Count(s => s.EndsWith("調査のご案内", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_batch_without_variants_is_built_as_before_with_placeholders_in_the_shared_content()
    {
        var plain = new TestBatch().WithKey("k").WithStaff(2).Build();
        var empty = plain with { Variants = new Dictionary<string, MailContent>() };

        var json = Json(SendGridMessages.Build(plain, BatchTemplate.Of(plain), plain.Recipients, 0, From));

        Assert.Equal(Json(SendGridMessages.Build(empty, BatchTemplate.Of(empty), empty.Recipients, 0, From)).GetRawText(), json.GetRawText());
        Assert.Equal(plain.Subject, json.GetProperty("subject").GetString());
        Assert.Equal(plain.TextBody, json.GetProperty("content")[0].GetProperty("value").GetString());
        var first = json.GetProperty("personalizations")[0];
        Assert.False(first.TryGetProperty("subject", out _));
        Assert.Equal("https://app.example/r/0000?t=a&u=b", first.GetProperty("substitutions").GetProperty("{{link}}").GetString());
    }

    [Fact]
    public void Each_recipient_is_rendered_in_their_own_variant()
    {
        var batch = Mixed(2);
        var template = BatchTemplate.Of(batch);

        var japanese = template.Render(batch.Recipients[0]);
        var english = template.Render(batch.Recipients[1]);

        Assert.Equal("職員0000 様: 調査のご案内", japanese.Subject);
        Assert.Equal("Dear 職員0001: survey invitation", english.Subject);
        Assert.Equal("Dear 職員0001,\nPlease answer here: https://app.example/r/0001?t=a&u=b\n", english.Text);
        Assert.Contains("<a href=\"https://app.example/r/0001?t=a&amp;u=b\">Answer</a>", english.Html, StringComparison.Ordinal);
        MailBatchRules.Validate(batch, template);
    }

    [Fact]
    public void Variants_survive_the_trip_through_an_activity_input()
    {
        var batch = Mixed(2);

        var copy = JsonSerializer.Deserialize<MailBatch>(JsonSerializer.Serialize(batch, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!;

        Assert.Equal(TestBatch.English, copy.Variants!["en"]);
        Assert.Equal([null, "en"], copy.Recipients.Select(r => r.Variant));
        Assert.Equal("Dear 職員0001: survey invitation", BatchTemplate.Of(copy).Render(copy.Recipients[1]).Subject);
    }

    [Fact]
    public void A_recipient_naming_a_variant_the_batch_does_not_have_is_refused_with_the_known_ones()
    {
        var batch = Mixed(3);
        batch = batch with { Recipients = [.. batch.Recipients, TestBatch.Staff(7) with { Variant = "fr" }] };

        var error = Assert.Throws<ArgumentException>(() => MailBatchRules.Validate(batch, BatchTemplate.Of(batch)));

        Assert.Contains("recipient 3 (staff0007@example.go.jp)", error.Message, StringComparison.Ordinal);
        Assert.Contains("variant 'fr'", error.Message, StringComparison.Ordinal);
        Assert.Contains("variants: en", error.Message, StringComparison.Ordinal);
        var noVariants = new TestBatch().With(TestBatch.Staff(1) with { Variant = "en" }).Build();
        Assert.Contains("no variants", Assert.Throws<ArgumentException>(() => MailBatchRules.Validate(noVariants, BatchTemplate.Of(noVariants))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_only_a_variant_uses_needs_a_value_from_the_recipients_of_that_variant()
    {
        var batch = new TestBatch()
            .WithVariant("en", TestBatch.English with { TextBody = "Dear {{name}},\nBy {{deadline}}: {{link}}\n" })
            .With(TestBatch.Staff(0))
            .With(TestBatch.Staff(1) with { Variant = "en" })
            .Build();

        var error = Assert.Throws<ArgumentException>(() => MailBatchRules.Validate(batch, BatchTemplate.Of(batch)));

        Assert.Contains("recipient 1 (staff0001@example.go.jp) has no value for {{deadline}} (used in variant 'en')", error.Message, StringComparison.Ordinal);
        var japaneseOnly = batch with { Recipients = [TestBatch.Staff(0)] };
        MailBatchRules.Validate(japaneseOnly, BatchTemplate.Of(japaneseOnly));
    }

    [Theory]
    [InlineData("main", "Dear {{name}}", "text {{link}}", "<p>{{link}}</p>", "not usable")]
    [InlineData("en us", "Dear {{name}}", "text {{link}}", "<p>{{link}}</p>", "not usable")]
    [InlineData("en", " ", "text {{link}}", "<p>{{link}}</p>", "subject of variant 'en' is empty")]
    [InlineData("en", "Dear {{name}}", "text {{link}}", "", "variant 'en' has only a text body but the main content has a text and an HTML body")]
    public void A_variant_without_a_usable_name_subject_or_the_main_contents_parts_is_refused(string name, string subject, string text, string html, string problem)
    {
        var batch = new TestBatch().WithVariant(name, new MailContent(subject, text, html)).With(TestBatch.Staff(0)).Build();

        var error = Assert.Throws<ArgumentException>(() => MailBatchRules.Validate(batch, BatchTemplate.Of(batch)));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_message_too_large_for_sendgrids_substitutions_is_refused_before_sending()
    {
        var batch = new TestBatch()
            .WithVariant("en", TestBatch.English with { HtmlBody = "<p>" + new string('x', SendGridMessages.MaxSubstitutionBytes) + "</p>{{link}}" })
            .With(TestBatch.Staff(0))
            .With(TestBatch.Staff(1) with { Variant = "en" })
            .Build();

        var error = Assert.Throws<ArgumentException>(() => SendGridMessages.CheckSubstitutionSizes(batch, BatchTemplate.Of(batch)));

        Assert.Contains("staff0001@example.go.jp", error.Message, StringComparison.Ordinal);
        Assert.Contains("batch of its own", error.Message, StringComparison.Ordinal);
    }
}
