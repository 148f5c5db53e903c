using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Sealing;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>
/// What someone who can read the storage account (or its backups) sees: during the cycle, sealed answers and drafts
/// they cannot open; after it, answers that name no one and share no key, value or moment with the participation
/// rows that say who answered, all released at once after the close.
/// </summary>
public sealed class AnonymityTests : IDisposable
{
    private static readonly HashSet<string> AnswerProperties = new(StringComparer.Ordinal)
    {
        "PartitionKey", "RowKey", "Timestamp", "odata.etag", "CycleId", "BureauCode", "DivisionCode", "QuestionnaireVersion", "Scores", "Comments",
    };

    private const string Comment = "1on1の時間を増やしてほしい";
    private const string DraftComment = "まだ書きかけの意見";

    private readonly SurveyHarness _survey = new();

    public void Dispose() => _survey.Dispose();

    [Fact]
    public async Task A_storage_reader_during_the_cycle_can_open_neither_waiting_answers_nor_drafts()
    {
        var links = await InviteAsync(4);
        await DraftAsync(links[0].Token);
        await SubmitAllAsync(links.Skip(1));

        var everything = (await _survey.RawAsync(SurveySealer.HoldingTable)).Concat(await _survey.RawAsync(SurveyInvitations.Table)).ToList();
        var texts = everything.SelectMany(r => r.Select(kv => kv.Value?.ToString() ?? "")).ToList();

        Assert.Equal(3, (await _survey.RawAsync(SurveySealer.HoldingTable)).Count);
        Assert.DoesNotContain(texts, t => t.Contains(Comment, StringComparison.Ordinal) || t.Contains(DraftComment, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(AnswerCodec.EncodeScores(Answers(1).Scores), StringComparison.Ordinal));
        Assert.Equal(DraftComment, (await _survey.Answering.OpenAsync(links[0].Token)).Session!.Draft.Comments["work"]);
    }

    [Fact]
    public async Task Nothing_is_released_while_the_cycle_is_open()
    {
        await SubmitAllAsync(await InviteAsync(6));

        await Assert.ThrowsAsync<InvalidOperationException>(() => _survey.Sealer.ReleaseCycleAsync("2026"));

        Assert.Empty(await _survey.RawAsync(SurveySealer.AnswerTable));
    }

    [Fact]
    public async Task After_the_close_every_answer_is_out_at_once_and_no_row_keeps_a_submission_time()
    {
        var links = await InviteAsync(4);
        await DraftAsync(links[0].Token);
        await SubmitAllAsync(links.Skip(1), pause: TimeSpan.FromMilliseconds(400));
        var lastSubmission = (await _survey.RawAsync(SurveyInvitations.Table)).Max(r => r.Timestamp!.Value);

        await _survey.Cycles.CloseAsync("2026");
        Assert.Equal(3, await _survey.Sealer.ReleaseCycleAsync("2026"));
        await _survey.Services.GetRequiredService<InvitationCloseOut>().RewriteAsync("2026");

        var answers = await _survey.RawAsync(SurveySealer.AnswerTable);
        var invitations = await _survey.RawAsync(SurveyInvitations.Table);
        Assert.Equal(3, answers.Count);
        Assert.Empty(await _survey.RawAsync(SurveySealer.HoldingTable));
        Assert.All(invitations, r => Assert.True(r.Timestamp > lastSubmission, $"{r.RowKey} still stamped {r.Timestamp:O}"));
        Assert.All(invitations, r => Assert.False(r.ContainsKey("DraftScores") || r.ContainsKey("DraftComments"), $"{r.RowKey} kept a draft"));
        AssertAnonymous(answers, Secrets(links), invitations, allowed: []);
    }

    [Fact]
    public async Task An_answer_sent_after_the_close_is_refused_and_not_kept()
    {
        var link = (await InviteAsync(1))[0];
        var opened = await _survey.Answering.OpenAsync(link.Token);

        await _survey.Cycles.CloseAsync("2026");

        Assert.Equal(SurveyRefusal.Closed, await _survey.Answering.SubmitAsync(opened.Session!, Answers(1)));
        Assert.Empty(await _survey.RawAsync(SurveySealer.HoldingTable));
    }

    private async Task<IReadOnlyList<SurveyLink>> InviteAsync(int people) =>
        (await _survey.Invitations.InviteAsync("2026", new StaffBuilder().People(1, people), DateTimeOffset.UtcNow.AddDays(14))).Links;

    private async Task DraftAsync(string token)
    {
        var opened = await _survey.Answering.OpenAsync(token);
        var draft = new SurveyAnswers(new Dictionary<string, int> { ["W01"] = 2 }, new Dictionary<string, string> { ["work"] = DraftComment });
        Assert.Null(await _survey.Answering.SaveDraftAsync(opened.Session!, draft));
    }

    private async Task SubmitAllAsync(IEnumerable<SurveyLink> links, TimeSpan? pause = null)
    {
        foreach (var (link, n) in links.Select((l, n) => (l, n)))
        {
            var opened = await _survey.Answering.OpenAsync(link.Token);
            Assert.Null(await _survey.Answering.SubmitAsync(opened.Session!, Answers(n)));
            await Task.Delay(pause ?? TimeSpan.Zero);
        }
    }

    private static List<string> Secrets(IEnumerable<SurveyLink> links) =>
        links.SelectMany(l => new[]
        {
            l.StaffId, l.Token, SurveyTokens.Hash(l.Token), SurveyTokens.Hash(l.Token)[..12], l.Email, l.Token.Split('.')[2],
        })
            .ToList();

    private static SurveyAnswers Answers(int n) => new(
        new Dictionary<string, int> { ["W01"] = n % 5 + 1, ["P01"] = 3, ["O20"] = 5 },
        new Dictionary<string, string> { ["workplace"] = Comment });

    private static void AssertAnonymous(
        IReadOnlyList<TableEntity> rows, IReadOnlyList<string> secrets, IReadOnlyList<TableEntity> participation, string[] allowed)
    {
        Assert.NotEmpty(rows);
        var shareable = new HashSet<string>(StringComparer.Ordinal) { "2026", "100", "1010", "1020", "2026" };
        var participationValues = participation
            .SelectMany(p => p.Where(kv => kv.Key is not ("odata.etag" or "Timestamp")).Select(kv => kv.Value?.ToString() ?? "")
                .Append(p.PartitionKey).Append(p.RowKey))
            .Where(v => v.Length > 0 && !shareable.Contains(v))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            Assert.All(row.Keys, name => Assert.True(AnswerProperties.Contains(name) || allowed.Contains(name), $"unexpected property {name}"));
            Assert.DoesNotContain(row.Select(kv => kv.Value), v => v is DateTimeOffset or DateTime && !Equals(v, row.Timestamp));
            var values = row.Where(kv => kv.Key is not ("odata.etag" or "Timestamp")).Select(kv => kv.Value?.ToString() ?? "")
                .Append(row.PartitionKey).Append(row.RowKey).ToList();
            foreach (var value in values)
            {
                Assert.DoesNotContain(secrets, s => value.Contains(s, StringComparison.Ordinal));
                Assert.DoesNotContain(value, participationValues);
            }
        }
    }
}
