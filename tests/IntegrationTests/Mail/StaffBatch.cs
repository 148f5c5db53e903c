using System.Globalization;
using Transformation.Platform.Mail;

namespace Transformation.Tests.Mail;

/// <summary>Invitation batches for tests: staff{n}@example.go.jp, each with a personal link.</summary>
internal static class StaffBatch
{
    public const string Subject = "{{name}} 様: 調査のご案内";
    public const string Text = "{{name}} 様\n回答はこちら：{{link}}。\n";
    public const string Html = "<p>{{name}} 様</p><p><a href=\"{{link}}\">回答する</a></p>";

    public static MailBatch Of(int count, string? key = null, int first = 0) => new(
        key ?? NewKey(),
        Subject,
        Text,
        Html,
        Enumerable.Range(first, count).Select(Staff).ToList());

    /// <summary>The invitation in English, same placeholders, for a batch's variant "en".</summary>
    public static readonly MailContent English = new(
        "Dear {{name}}: survey invitation",
        "Dear {{name}},\nPlease answer here: {{link}}\n",
        "<p>Dear {{name}},</p><p><a href=\"{{link}}\">Answer</a></p>");

    /// <summary>Like <see cref="Of"/>, every third person (staff0001, staff0004…) reading the English variant.</summary>
    public static MailBatch Mixed(int count, string? key = null)
    {
        var batch = Of(count, key);
        return batch with
        {
            Variants = new Dictionary<string, MailContent> { ["en"] = English },
            Recipients = batch.Recipients.Select((r, i) => i % 3 == 1 ? r with { Variant = "en" } : r).ToList(),
        };
    }

    public static string NewKey() => "invite-" + Guid.NewGuid().ToString("N")[..8];

    public static MailRecipient Staff(int n)
    {
        var id = n.ToString("D4", CultureInfo.InvariantCulture);
        return new MailRecipient($"staff{id}@example.go.jp", $"職員{id}", new Dictionary<string, string> { ["link"] = LinkOf(n) });
    }

    public static string LinkOf(int n) => $"https://app.example/r/{n.ToString("D4", CultureInfo.InvariantCulture)}?t=a&u=b";
}
