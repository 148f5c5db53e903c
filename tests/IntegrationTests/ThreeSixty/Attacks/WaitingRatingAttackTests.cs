using System.Text;
using Transformation.ThreeSixty.Rating;

namespace Transformation.Tests.ThreeSixty.Attacks;

/// <summary>
/// An administrator reading the tables during the round, before the close, tries to read a waiting rating or tie
/// it to its rater through its key.
/// </summary>
[Collection(AttackedRoundCollection.Name)]
public sealed class WaitingRatingAttackTests(AttackedRound run)
{
    [Fact]
    public void A_waiting_rating_holds_no_readable_score_or_comment()
    {
        var waiting = run.WaitingBeforeClose;

        Assert.Equal(run.Submitted.Count, waiting.Count);
        foreach (var row in waiting)
        {
            var text = string.Join("\u0001", row.Where(kv => kv.Key is not ("odata.etag" or "Timestamp")).Select(kv => kv.Value?.ToString()));
            var decoded = Decoded(row.GetString("Rating") ?? "");
            Assert.DoesNotContain(run.Submitted, s => text.Contains(s.Strengths, StringComparison.Ordinal)
                || decoded.Contains(s.Strengths, StringComparison.Ordinal) || decoded.Contains("V01", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_waiting_ratings_key_needs_the_token_which_nothing_stored_holds()
    {
        var tokens = run.Invitations.Values.Select(m => Rounds.RoundHarness.LinkOf(m))
            .Select(l => Uri.UnescapeDataString(l[(l.IndexOf("/360/r/", StringComparison.Ordinal) + 7)..].Split('?')[0])).ToList();
        // The local outbox stands for the raters' mailboxes (SendGrid in Azure keeps no copy in the app's storage).
        var stored = run.TablesBeforeClose.Where(t => !t.Key.EndsWith(Transformation.Platform.Mail.MailOutbox.TableName, StringComparison.Ordinal))
            .SelectMany(t => t.Value)
            .SelectMany(r => r.Where(kv => kv.Key is not ("odata.etag" or "Timestamp")).Select(kv => kv.Value?.ToString() ?? "")
                .Append(r.PartitionKey).Append(r.RowKey)).Distinct().ToList();
        var keys = run.WaitingBeforeClose.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var subjects = run.Submitted.Select(s => s.Subject).Distinct().ToList();

        // The keys are those of the raters' tokens (so the test knows which is which) …
        Assert.All(run.Submitted, s => Assert.Contains(RatingTokens.SealKey(tokens.Single(t => Owner(t) == s.Rater), s.Subject), keys));
        // … but no stored value, put in the token's place, gives any of them; and no token is stored.
        Assert.DoesNotContain(stored, v => subjects.Any(s => keys.Contains(RatingTokens.SealKey(v, s))));
        Assert.DoesNotContain(stored, v => tokens.Any(t => v.Contains(t.Split('.')[2], StringComparison.Ordinal)));

        string Owner(string token) => run.Invitations.Single(i => Rounds.RoundHarness.LinkOf(i.Value).Contains(token, StringComparison.Ordinal)).Key;
    }

    private static string Decoded(string value)
    {
        try
        {
            var payload = value.Contains(':', StringComparison.Ordinal) ? value[(value.LastIndexOf(':') + 1)..] : value;
            return Encoding.UTF8.GetString(Convert.FromBase64String(payload));
        }
        catch (FormatException)
        {
            return value;
        }
    }
}
