using System.Net;
using Azure.Data.Tables;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Sealing;

namespace Transformation.Tests.Surveys.Attacks;

/// <summary>
/// An administrator with the storage account, its backups and the logs, after a whole cycle, tries to tie an
/// answer to a person: by time, by order, by key, by draft, through the logs. Each attack is one test.
/// </summary>
[Collection(AttackedCycleCollection.Name)]
public sealed class StorageAttackTests(AttackedCycle run)
{
    private static readonly string[] Answered = [.. AttackedCycle.D1, .. AttackedCycle.D2, .. AttackedCycle.D3];

    [Fact]
    public void By_time_no_participation_or_link_row_keeps_a_moment_before_the_close()
    {
        var invitations = run.Table(SurveyInvitations.Table);

        Assert.NotEmpty(invitations);
        Assert.All(invitations, r => Assert.True(r.Timestamp >= run.ClosedAt, $"{r.RowKey} is stamped {r.Timestamp:O}, before the close"));
    }

    [Fact]
    public void By_time_every_answer_carries_only_a_moment_after_the_close()
    {
        var answers = run.Table(SurveySealer.AnswerTable);

        Assert.Equal(Answered.Length, answers.Count);
        Assert.All(answers, a => Assert.True(a.Timestamp >= run.ClosedAt, $"an answer is stamped {a.Timestamp:O}, before the close"));
    }

    [Fact]
    public void By_order_the_answers_table_does_not_list_answers_in_the_order_they_came()
    {
        var comments = run.Table(SurveySealer.AnswerTable)
            .Where(a => a.GetString("DivisionCode") == "D1")
            .OrderBy(a => a.RowKey, StringComparer.Ordinal)
            .Select(a => a.GetString("Comments"))
            .ToList();
        var submitted = run.Submitted.Where(s => AttackedCycle.D1.Contains(s.StaffId)).Select(s => s.Comment).ToList();

        Assert.Equal(submitted.Count, comments.Count);
        Assert.False(submitted.Select((c, i) => comments[i]!.Contains(c, StringComparison.Ordinal)).All(x => x),
            "the answers' keys keep the order of submission");
    }

    [Fact]
    public void By_key_no_answer_shares_a_key_or_value_with_a_person_a_link_or_a_token()
    {
        var secrets = run.Tokens.SelectMany(t => new[] { t.Key, t.Value, SurveyTokens.Hash(t.Value), t.Value.Split('.')[2] }).ToList();
        var participation = run.Table(SurveyInvitations.Table).SelectMany(Values).Where(v => v.Length > 8).ToHashSet(StringComparer.Ordinal);

        foreach (var answer in run.Table(SurveySealer.AnswerTable))
        {
            foreach (var value in Values(answer))
            {
                Assert.DoesNotContain(secrets, s => value.Contains(s, StringComparison.Ordinal));
                Assert.DoesNotContain(value, participation);
            }
        }
    }

    [Fact]
    public void By_draft_no_draft_and_no_waiting_answer_is_left_anywhere()
    {
        Assert.Empty(run.Table(SurveySealer.HoldingTable));
        Assert.DoesNotContain(run.Tables.Values.SelectMany(rows => rows).SelectMany(Values),
            v => v.Contains(AttackedCycle.DraftComment, StringComparison.Ordinal));
        Assert.All(run.Table(SurveyInvitations.Table), r => Assert.False(r.ContainsKey("DraftScores") || r.ContainsKey("DraftComments")));
    }

    [Fact]
    public void Through_the_logs_no_token_no_comment_and_no_score_appears()
    {
        Assert.Contains("Released", run.Log, StringComparison.Ordinal); // the log was captured at all
        Assert.DoesNotContain(run.Tokens.Values, t => run.Log.Contains(t.Split('.')[2], StringComparison.Ordinal));
        Assert.DoesNotContain(run.Submitted, s => run.Log.Contains(s.Comment, StringComparison.Ordinal));
        Assert.DoesNotContain(run.Tokens.Values, t => run.Log.Contains(SurveyTokens.Hash(t), StringComparison.Ordinal));
    }

    [Fact]
    public void Through_the_orchestration_history_no_token_and_no_answer_appears()
    {
        var history = run.Tables.Where(t => t.Key.StartsWith(run.Cycle.Host.HubName, StringComparison.OrdinalIgnoreCase))
            .SelectMany(t => t.Value).SelectMany(Values).ToList();

        Assert.NotEmpty(history);
        Assert.DoesNotContain(history, v => run.Tokens.Values.Any(t => v.Contains(t.Split('.')[2], StringComparison.Ordinal)));
        Assert.DoesNotContain(history, v => run.Submitted.Any(s => v.Contains(s.Comment, StringComparison.Ordinal)));
    }

    [Fact]
    public void An_answer_sent_after_the_close_is_refused_and_not_counted()
    {
        Assert.Equal(HttpStatusCode.Gone, run.LateAnswer);
        Assert.DoesNotContain(run.Table(SurveySealer.AnswerTable),
            a => a.GetString("Comments")?.Contains(AttackedCycle.CommentOf(AttackedCycle.Late), StringComparison.Ordinal) == true);
    }

    private static IEnumerable<string> Values(TableEntity row) =>
        row.Where(kv => kv.Key is not ("odata.etag" or "Timestamp")).Select(kv => kv.Value?.ToString() ?? "")
            .Append(row.PartitionKey).Append(row.RowKey);
}
