using System.Globalization;
using Transformation.Platform.Mail;

namespace Transformation.Tests.Mail;

/// <summary>Builds mail batches for tests: an invitation template with a personal link per recipient.</summary>
internal sealed class TestBatch
{
    private string _key = "invite-" + Guid.NewGuid().ToString("N")[..8];
    private string _subject = "{{name}} 様: 調査のご案内";
    private string _text = "{{name}} 様\n回答はこちら: {{link}}\n";
    private string _html = "<p>{{name}} 様</p><p><a href=\"{{link}}\">回答する</a></p>";
    private List<MailRecipient> _recipients = [];
    private Dictionary<string, MailContent>? _variants;

    public TestBatch WithKey(string key)
    {
        _key = key;
        return this;
    }

    public TestBatch WithTemplate(string subject, string text, string html)
    {
        (_subject, _text, _html) = (subject, text, html);
        return this;
    }

    /// <summary>Adds a version of the message recipients can name in <see cref="MailRecipient.Variant"/>.</summary>
    public TestBatch WithVariant(string name, MailContent content)
    {
        (_variants ??= new Dictionary<string, MailContent>(StringComparer.Ordinal))[name] = content;
        return this;
    }

    public TestBatch With(MailRecipient recipient)
    {
        _recipients.Add(recipient);
        return this;
    }

    /// <summary>staff0000@example.go.jp … each with a link https://app.example/r/{n}?t=a&amp;u=b.</summary>
    public TestBatch WithStaff(int count)
    {
        _recipients = Enumerable.Range(0, count).Select(Staff).ToList();
        return this;
    }

    public MailBatch Build() => new(_key, _subject, _text, _html, _recipients) { Variants = _variants };

    /// <summary>The invitation in English, with the same placeholders.</summary>
    public static MailContent English { get; } = new(
        "Dear {{name}}: survey invitation",
        "Dear {{name}},\nPlease answer here: {{link}}\n",
        "<p>Dear {{name}},</p><p><a href=\"{{link}}\">Answer</a></p>");

    public static MailRecipient Staff(int n)
    {
        var id = n.ToString("D4", CultureInfo.InvariantCulture);
        return new MailRecipient($"staff{id}@example.go.jp", $"職員{id}", new Dictionary<string, string> { ["link"] = $"https://app.example/r/{id}?t=a&u=b" });
    }
}
