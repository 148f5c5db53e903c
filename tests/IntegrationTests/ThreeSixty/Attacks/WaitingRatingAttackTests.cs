using System.Text;
using System.Text.Json;
using Transformation.ThreeSixty.Assignments;
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
        var table = run.Round.Host.TablePrefix + RatingAnswering.HoldingTable;

        // The probe is not blind: a rating kept in the clear, as JSON or as base64 of it, is caught.
        var (rater, subject, strengths, _) = run.Submitted[0];
        var clear = new SealedRating(subject, RaterGroup.Peer, new Dictionary<string, int> { ["V01"] = 3 }, strengths,
            AttackedRound.SuggestionsOf(rater, subject), "1").Encode();
        Assert.NotEmpty(Leaks(clear));
        Assert.NotEmpty(Leaks("v1." + Convert.ToBase64String(Encoding.UTF8.GetBytes(clear))));

        Assert.Equal(run.Submitted.Count, waiting.Count);
        foreach (var row in waiting)
        {
            foreach (var (column, value) in row.Where(kv => kv.Key is not ("odata.etag" or "Timestamp")))
            {
                var found = Leaks(value?.ToString() ?? "");
                Assert.True(found.Count == 0,
                    $"table {table}, row {row.PartitionKey}/{row.RowKey}, column {column} shows: {string.Join(" | ", found)}");
            }
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

    /// <summary>
    /// What a leak would show, in the value as stored and in its payload (after any "v1." or "…:" prefix) decoded from
    /// base64 and read as UTF-8: a submitted comment whole, as written or as JSON escapes it, or the JSON of a score
    /// ("V01": or "Scores":). Random ciphertext spells none of them but by a chance below one in 2^30 per row, where a
    /// three-letter probe like V01 turns up in base64 text about once in twenty rounds.
    /// </summary>
    private List<string> Leaks(string value)
    {
        var comments = run.Submitted.SelectMany(s => new[] { s.Strengths, AttackedRound.SuggestionsOf(s.Rater, s.Subject) }).ToList();
        string[] markers =
        [
            .. comments,
            .. comments.Select(c => JsonSerializer.Serialize(c)[1..^1]),
            "\"V01\":",
            "\"Scores\":",
        ];
        return [.. new[] { value, Payload(value) }.SelectMany(text => markers.Where(m => text.Contains(m, StringComparison.Ordinal))).Distinct()];
    }

    private static string Payload(string value)
    {
        var payload = value[(value.LastIndexOfAny(['.', ':']) + 1)..];
        var bytes = new byte[payload.Length];
        return Convert.TryFromBase64String(payload, bytes, out var written) ? Encoding.UTF8.GetString(bytes, 0, written) : "";
    }
}
