using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Rating;

namespace Transformation.Tests.ThreeSixty.Attacks;

/// <summary>
/// The staff survey's anonymity attacks (Surveys/Answers/AnonymityTests) on the 360's whole round: a reader of the
/// storage account during and after the round tries to open a draft, or to join a released answer to its rater by a
/// shared value, its partition or the moment in its ETag.
/// </summary>
/// <remarks>
/// Survey tests already covered for the 360 (not repeated here):
/// <list type="bullet">
/// <item>A_storage_reader_during_the_cycle_can_open_neither_waiting_answers_nor_drafts: waiting ratings by
/// WaitingRatingAttackTests.A_waiting_rating_holds_no_readable_score_or_comment; drafts here.</item>
/// <item>Nothing_is_released_while_the_cycle_is_open: Rating/RatingReleaseTests.Nothing_is_released_while_the_round_is_open.</item>
/// <item>After_the_close_every_answer_is_out_at_once_and_no_row_keeps_a_submission_time: StorageAttackTests
/// (By_time_no_participation_or_link_row_keeps_a_moment_its_rater_submitted_at,
/// By_time_every_answer_carries_only_the_moment_of_the_release, By_draft_no_waiting_rating_and_no_draft_is_left_anywhere,
/// By_content_an_answer_row_holds_the_subject_group_scores_comments_and_version_only,
/// By_key_no_answer_value_is_a_rater_a_link_or_a_token, By_order_the_answers_keys_do_not_follow_the_order_of_submission);
/// its join of answers to participation rows by a shared value, and time in ETags, here.</item>
/// <item>An_answer_sent_after_the_close_is_refused_and_not_kept: StorageAttackTests.An_answer_sent_after_the_close_is_refused_and_not_counted.</item>
/// <item>The order of comments: ReportAttackTests.The_comments_order_does_not_follow_the_order_of_submission.</item>
/// </list>
/// </remarks>
[Collection(AttackedRoundCollection.Name)]
public sealed partial class AnonymityTests(AttackedRound run)
{
    [Fact]
    public void During_the_round_a_draft_is_readable_in_no_table()
    {
        var raters = run.TablesBeforeClose.GetValueOrDefault(run.Round.Host.TablePrefix + RaterRows.Table) ?? [];
        var values = run.TablesBeforeClose.Values.SelectMany(rows => rows).SelectMany(Values).ToList();

        Assert.Contains(raters, r => r.Keys.Any(RaterRows.IsDraft)); // E31's draft is stored, sealed
        Assert.DoesNotContain(values, v => v.Contains(AttackedRound.DraftComment, StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => Decoded(v) is { } text
            && (text.Contains(AttackedRound.DraftComment, StringComparison.Ordinal) || text.Contains("V01", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_answer_shares_a_key_or_value_with_a_participation_or_link_row()
    {
        // What an answer may share with the rows saying who rates whom: the round, the subject and the group it holds.
        var shareable = new HashSet<string>(StringComparer.Ordinal) { AttackedRound.RoundId };
        shareable.UnionWith(run.Submitted.Select(s => s.Subject));
        shareable.UnionWith(Enum.GetNames<RaterGroup>());
        var before = run.TablesBeforeClose.GetValueOrDefault(run.Round.Host.TablePrefix + RaterRows.Table) ?? [];
        var participation = before.Concat(run.Table(RaterRows.Table)).SelectMany(Values)
            .Where(v => v.Length > 0 && !shareable.Contains(v)).ToHashSet(StringComparer.Ordinal);
        var answers = run.Table(RatingRelease.AnswerTable);

        Assert.NotEmpty(before);
        Assert.Equal(run.Submitted.Count, answers.Count);
        Assert.All(answers, a => Assert.DoesNotContain(Values(a), v => participation.Contains(v)));
    }

    [Fact]
    public void All_of_a_subjects_answers_share_one_partition_whatever_their_group()
    {
        var bySubject = run.Table(RatingRelease.AnswerTable).GroupBy(a => a.GetString("SubjectId")).ToList();

        Assert.Contains(bySubject, s => s.Select(a => a.GetString("Group")).Distinct().Count() >= 3); // K1: self, supervisor, others
        Assert.All(bySubject, s => Assert.Single(s.Select(a => a.PartitionKey).Distinct()));
        Assert.Equal(bySubject.Count, bySubject.Select(s => s.First().PartitionKey).Distinct().Count());
    }

    [Fact]
    public void No_answer_or_rater_row_carries_an_etag_from_before_the_close()
    {
        var rows = run.Table(RatingRelease.AnswerTable).Concat(run.Table(RaterRows.Table)).ToList();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var moment = EtagMoment().Match(row.ETag.ToString());
            Assert.True(moment.Success, $"the ETag {row.ETag} of {row.PartitionKey}/{row.RowKey} carries no time to check");
            var at = DateTimeOffset.Parse(Uri.UnescapeDataString(moment.Groups[1].Value), CultureInfo.InvariantCulture);
            Assert.True(at >= run.ClosedAt, $"{row.PartitionKey}/{row.RowKey} has an ETag of {at:O}, before the close ({run.ClosedAt:O})");
        }
    }

    /// <summary>Every value of a row, its keys included, as text (not the service's own time stamp and ETag).</summary>
    private static IEnumerable<string> Values(TableEntity row) =>
        row.Where(kv => kv.Key is not ("odata.etag" or "Timestamp" or "PartitionKey" or "RowKey"))
            .Select(kv => kv.Value?.ToString() ?? "").Append(row.PartitionKey).Append(row.RowKey);

    /// <summary>A value read as Base64 (after its last ':', where a sealed value keeps its payload), or null.</summary>
    private static string? Decoded(string value)
    {
        var payload = value.Contains(':', StringComparison.Ordinal) ? value[(value.LastIndexOf(':') + 1)..] : value;
        try
        {
            return payload.Length < 8 ? null : Encoding.UTF8.GetString(Convert.FromBase64String(payload));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [GeneratedRegex("datetime'([^']+)'")]
    private static partial Regex EtagMoment();
}
