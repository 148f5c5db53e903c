using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Transformation.Platform.Mail;
using Transformation.Platform.Storage;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;

namespace Transformation.Tests.ThreeSixty.Attacks;

/// <summary>
/// An administrator with the storage account, its backups, the task hub's history and the log at Debug, after a
/// whole round, tries to tie a rating to its rater: by time, by order, by key, by draft, through the history and
/// the logs. Each attack is one test.
/// </summary>
[Collection(AttackedRoundCollection.Name)]
public sealed class StorageAttackTests(AttackedRound run)
{
    /// <summary>Exactly what a released answer row may hold besides its keys.</summary>
    private static readonly string[] AnswerColumns = ["SubjectId", "Group", "Scores", "Strengths", "Suggestions", "QuestionnaireVersion"];

    [Fact]
    public void By_time_no_participation_or_link_row_keeps_a_moment_its_rater_submitted_at()
    {
        var raters = run.Table(RaterRows.Table);
        var lastSubmission = run.Submitted.Max(s => s.At);

        Assert.NotEmpty(raters);
        Assert.All(raters, r => Assert.True(r.Timestamp > lastSubmission && r.Timestamp >= run.ClosedAt,
            $"{r.RowKey} is stamped {r.Timestamp:O}, not after the last submission ({lastSubmission:O}) and the close"));
    }

    [Fact]
    public void By_content_an_answer_row_holds_the_subject_group_scores_comments_and_version_only()
    {
        var answers = run.Table(RatingRelease.AnswerTable);

        Assert.Equal(run.Submitted.Count, answers.Count);
        Assert.All(answers, a => Assert.Empty(a.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            .Except(AnswerColumns)));
    }

    [Fact]
    public void By_time_every_answer_carries_only_the_moment_of_the_release()
    {
        var answers = run.Table(RatingRelease.AnswerTable);

        Assert.All(answers, a => Assert.True(a.Timestamp >= run.ClosedAt, $"an answer is stamped {a.Timestamp:O}, before the close"));
    }

    [Fact]
    public void By_key_no_answer_value_is_a_rater_a_link_or_a_token()
    {
        var secrets = run.Invitations.Values.Select(Token).SelectMany(t => new[] { t, RatingTokens.Hash(t), t.Split('.')[2] }).ToList();

        foreach (var answer in run.Table(RatingRelease.AnswerTable))
        {
            var values = Values(answer, withKeys: true).Where(v => v != answer.GetString("SubjectId")).ToList();
            Assert.DoesNotContain(values, v => RoundStaff.Contains(v));
            Assert.DoesNotContain(values, v => secrets.Any(s => v.Contains(s, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void By_draft_no_waiting_rating_and_no_draft_is_left_anywhere()
    {
        Assert.Empty(run.Table(RatingAnswering.HoldingTable));
        Assert.DoesNotContain(run.Table(RaterRows.Table), r => r.Keys.Any(RaterRows.IsDraft));
        Assert.DoesNotContain(run.Tables.Values.SelectMany(rows => rows).SelectMany(r => Values(r, withKeys: true)),
            v => v.Contains(AttackedRound.DraftComment, StringComparison.Ordinal));
    }

    [Fact]
    public void By_order_the_answers_keys_do_not_follow_the_order_of_submission()
    {
        var byKey = run.Table(RatingRelease.AnswerTable)
            .OrderBy(a => a.PartitionKey, StringComparer.Ordinal).ThenBy(a => a.RowKey, StringComparer.Ordinal)
            .Select(a => a.GetString("Strengths")).ToList();
        var submitted = run.Submitted.OrderBy(s => s.Subject, StringComparer.Ordinal).Select(s => s.Strengths).ToList();
        var perSubject = run.Table(RatingRelease.AnswerTable).GroupBy(a => a.PartitionKey)
            .Select(g => g.OrderBy(a => a.RowKey, StringComparer.Ordinal).Select(a => a.GetString("Strengths")).ToList());
        var submittedPerSubject = run.Submitted.GroupBy(s => s.Subject).Select(g => g.Select(s => s.Strengths).ToList()).ToList();

        Assert.Equal(submitted.Count, byKey.Count);
        Assert.False(perSubject.All(keys => submittedPerSubject.Any(s => s.SequenceEqual(keys))),
            "every subject's answers are keyed in the order their raters submitted");
    }

    [Fact]
    public void Through_the_history_no_token_score_or_comment_appears()
    {
        var history = run.HubRows.SelectMany(r => Values(r, withKeys: true)).ToList();

        Assert.NotEmpty(history);
        Assert.DoesNotContain(history, v => Secrets.Any(s => v.Contains(s, StringComparison.Ordinal)));
    }

    [Fact]
    public void Through_the_log_at_debug_no_token_score_or_comment_appears()
    {
        Assert.Contains("ratings released", run.Log, StringComparison.Ordinal); // the log was captured at all
        Assert.Contains("dbug", run.Log, StringComparison.OrdinalIgnoreCase); // and at Debug
        Assert.DoesNotContain(Secrets, s => run.Log.Contains(s, StringComparison.Ordinal));
    }

    [Fact]
    public void No_rater_appears_next_to_a_subject_outside_the_participation_rows()
    {
        // Who rates whom is written on the participation rows, a subject's nominated peers on the subjects' rows
        // (before anyone rates), and who reports to whom in the roster: anything else naming a rater with their
        // subject could tie them to an answer.
        // The local outbox is left out: it is the raters' mailboxes, which SendGrid fills in Azure (Mail:Provider), so
        // an administrator holding the storage has no such table. Its rows are the mails themselves, addressed to the
        // rater by name, and each carries a random link token that can spell a subject's id ("…-K2x…") by chance.
        var others = run.Tables.Where(t => !t.Key.EndsWith(RaterRows.Table, StringComparison.Ordinal)
            && !t.Key.EndsWith("ThreeSixtySubjects", StringComparison.Ordinal)
            && !t.Key.StartsWith(run.Round.Host.TablePrefix + "Roster", StringComparison.Ordinal)
            && t.Key != run.Round.Host.TablePrefix + MailOutbox.TableName).ToList();

        Assert.NotEmpty(others);
        foreach (var (table, rows) in others)
        {
            foreach (var row in Searched(table, rows))
            {
                foreach (var (rater, subject, _, _) in run.Submitted.Where(s => s.Rater != s.Subject))
                {
                    Assert.False(RowTiesPair(row, rater, subject), $"table {table}, row {row.PartitionKey}/{row.RowKey} names rater {rater} "
                        + $"with subject {subject}: {string.Join(" | ", Tying(row, rater, subject))}");
                }
            }
        }
    }

    [Fact]
    public void The_searches_read_the_reports_inside_their_compressed_column()
    {
        var reports = run.Table(ReportStore.Table);

        Assert.NotEmpty(reports);
        Assert.Contains(reports.SelectMany(r => Values(r, withKeys: false)),
            v => run.Submitted.Any(s => v.Contains(s.Strengths, StringComparison.Ordinal)));
    }

    [Fact]
    public void By_pack_the_reports_share_rows_in_the_order_of_their_subjects_ids_and_nothing_else()
    {
        var packs = run.Table(ReportStore.Table).OrderBy(p => p.RowKey, StringComparer.Ordinal).ToList();
        var lists = packs.Select(p => p.GetString(ReportStore.SubjectsColumn)!.Split('\n')).ToList();
        var reports = packs.SelectMany(ReportsIn).ToList();

        Assert.NotEmpty(packs);
        Assert.All(packs.Zip(lists), p => Assert.Equal(p.First.RowKey, p.Second[^1]));
        Assert.Equal(reports.Select(r => r.RowKey).Order(StringComparer.Ordinal), lists.SelectMany(l => l));
        Assert.All(reports, r => Assert.Contains($"\"subjectId\":\"{r.RowKey}\"", CompressedJson.ReadText(r, "Report"), StringComparison.Ordinal));
    }

    [Fact]
    public void An_answer_sent_after_the_close_is_refused_and_not_counted()
    {
        Assert.NotEqual(System.Net.HttpStatusCode.SeeOther, run.LateAnswer);
        Assert.DoesNotContain(run.Table(RatingRelease.AnswerTable),
            a => a.GetString("Strengths")?.Contains(AttackedRound.LateComment, StringComparison.Ordinal) == true);
    }

    /// <summary>Tokens, their hashes, every comment and every answer's score list.</summary>
    private List<string> Secrets =>
    [
        .. run.Invitations.Values.Select(Token).SelectMany(t => new[] { t.Split('.')[2], RatingTokens.Hash(t) }),
        .. run.Submitted.Select(s => s.Strengths),
        .. run.Submitted.Select(s => AttackedRound.SuggestionsOf(s.Rater, s.Subject)),
        AttackedRound.DraftComment,
        .. run.Table(RatingRelease.AnswerTable).Select(a => a.GetString("Scores")!),
        .. run.Table(RatingRelease.AnswerTable).Select(a => ScoresIn(a.GetString("Scores")!)),
    ];

    private static IEnumerable<string> RoundStaff => Rounds.RoundHarness.Staff;

    private static string Token(Transformation.Platform.Mail.OutboxMessage mail)
    {
        var link = Rounds.RoundHarness.LinkOf(mail);
        return Uri.UnescapeDataString(link[(link.IndexOf("/360/r/", StringComparison.Ordinal) + "/360/r/".Length)..].Split('?')[0]);
    }

    /// <summary>The scores alone, in order, as "4,2,5…": the same answer written any other way.</summary>
    private static string ScoresIn(string json) =>
        string.Join(",", JsonSerializer.Deserialize<Dictionary<string, int>>(json)!
            .OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value));

    private static bool Names(string text, string staffId) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $"(?<![A-Za-z0-9]){staffId}(?![0-9])");

    /// <summary>A row names both within one value (a pair written together), not merely in two unrelated lists.</summary>
    /// <summary>
    /// The rows searched for a rater beside their subject. A report pack holds several subjects' reports side by side
    /// in the order of their ids (<see cref="By_pack_the_reports_share_rows_in_the_order_of_their_subjects_ids_and_nothing_else"/>),
    /// so that two subjects share a pack says nothing of who rated whom; it is searched report by report, each as a
    /// row of its own keyed by its subject, as every report was stored before packs.
    /// </summary>
    private static IEnumerable<TableEntity> Searched(string table, IReadOnlyList<TableEntity> rows) =>
        table.EndsWith(ReportStore.Table, StringComparison.Ordinal) ? rows.SelectMany(ReportsIn) : rows;

    /// <summary>Each report of a pack as a row of its own: its subject as the row key, its JSON compressed as the pack's.</summary>
    private static IEnumerable<TableEntity> ReportsIn(TableEntity pack)
    {
        var subjects = pack.GetString(ReportStore.SubjectsColumn)!.Split('\n');
        var reports = JsonSerializer.Deserialize<JsonElement>(CompressedJson.ReadText(pack, ReportStore.ReportsColumn));
        Assert.Equal(subjects.Length, reports.GetArrayLength());
        return subjects.Select((subject, i) =>
        {
            var row = new TableEntity(pack.PartitionKey, subject);
            CompressedJson.WriteUtf8(row, "Report", Encoding.UTF8.GetBytes(reports[i].GetRawText()));
            return row;
        });
    }

    private static bool RowTiesPair(TableEntity row, string rater, string subject) =>
        Values(row, withKeys: true).Any(v => Names(v, rater) && Names(v, subject))
        || (Values(row, withKeys: true).Any(v => v == rater) && Values(row, withKeys: true).Any(v => v == subject));

    /// <summary>The values of the row that tie the pair, shortened, for a failure to show what it found.</summary>
    private static IEnumerable<string> Tying(TableEntity row, string rater, string subject) =>
        Values(row, withKeys: true).Where(v => (Names(v, rater) && Names(v, subject)) || v == rater || v == subject)
            .Select(v => v.Length > 300 ? v[..300] + "…" : v);

    private static IEnumerable<string> Values(TableEntity row, bool withKeys)
    {
        var values = row.Where(kv => kv.Key is not ("odata.etag" or "Timestamp" or "PartitionKey" or "RowKey") && kv.Value is not byte[])
            .Select(kv => kv.Value?.ToString() ?? "").Concat(Binary(row));
        return withKeys ? values.Append(row.PartitionKey).Append(row.RowKey) : values;
    }

    /// <summary>
    /// What binary columns hold, as text: a compressed column (a report, split as Report, Report1…) decompressed,
    /// anything else as its bytes read as UTF-8, so that compression hides nothing from the searches above.
    /// </summary>
    private static IEnumerable<string> Binary(TableEntity row)
    {
        var names = row.Where(kv => kv.Value is byte[]).Select(kv => kv.Key).ToList();
        foreach (var name in names.Where(n => !names.Any(b => b != n && n.StartsWith(b, StringComparison.Ordinal)
            && n[b.Length..].All(char.IsAsciiDigit))))
        {
            string text;
            try
            {
                text = CompressedJson.ReadText(row, name);
            }
            catch (InvalidDataException)
            {
                text = Encoding.UTF8.GetString((byte[])row[name]);
            }

            yield return text;
            foreach (var value in JsonStrings(text))
            {
                yield return value;
            }
        }
    }

    /// <summary>Every string in a JSON text, unescaped: a serializer may write Japanese as \u escapes.</summary>
    private static IEnumerable<string> JsonStrings(string text)
    {
        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(text);
        }
        catch (JsonException)
        {
            return [];
        }

        return Walk(root);

        static IEnumerable<string> Walk(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => [element.GetString()!],
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Walk),
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Walk(p.Value)),
            _ => [],
        };
    }
}
