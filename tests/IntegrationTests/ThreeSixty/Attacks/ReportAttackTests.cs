using System.Text.Json;
using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;

namespace Transformation.Tests.ThreeSixty.Attacks;

/// <summary>
/// A subject with their report (exactly what their page and workbook show) tries to identify a rater: by a small
/// group, by subtracting the shown groups from "all others", by a comment's group or its place. HR tries the same
/// with the grade-band page.
/// </summary>
[Collection(AttackedRoundCollection.Name)]
public sealed class ReportAttackTests(AttackedRound run)
{
    private const int Threshold = 3;

    [Fact]
    public async Task No_group_under_three_respondents_is_shown()
    {
        var reports = await ReportsAsync();

        Assert.Contains(reports, r => r.SubjectId == "K2"); // K2's two subordinates rated
        Assert.All(reports, r => Assert.All(r.Groups, g => Assert.True(g.Respondents >= Threshold, $"{r.SubjectId}: {g.Group} of {g.Respondents}")));
        Assert.All(reports, r => Assert.DoesNotContain(r.Groups, g => g.Group == RaterGroup.Supervisor));
    }

    [Fact]
    public async Task All_others_pools_the_shown_groups_only_item_by_item()
    {
        foreach (var report in await ReportsAsync())
        {
            foreach (var row in report.Items)
            {
                AssertPooled(report.SubjectId, row, row.Groups.Sum(g => g.Count));
            }
        }
    }

    [Fact]
    public async Task All_others_pools_the_shown_groups_only_per_category()
    {
        foreach (var report in await ReportsAsync())
        {
            foreach (var row in report.Categories)
            {
                AssertPooled(report.SubjectId, row, row.Groups.Sum(g => g.Count));
            }
        }
    }

    [Fact]
    public async Task An_item_scored_by_fewer_than_three_of_a_group_is_left_out_of_it_and_of_all_others()
    {
        var s1 = (await ReportsAsync()).Single(r => r.SubjectId == "S1");
        var first = s1.Items.Single(i => i.Id == "V01");

        // E15 could not judge V01: two subordinates scored it, so neither the group nor all others shows it.
        Assert.Null(first.Of(RaterGroup.Subordinate));
        Assert.Null(first.Others);
        Assert.NotNull(s1.Items.Single(i => i.Id == "V02").Of(RaterGroup.Subordinate));
    }

    [Fact]
    public async Task Comments_come_only_from_the_shown_groups()
    {
        var answers = run.Table(RatingRelease.AnswerTable);
        foreach (var report in await ReportsAsync())
        {
            var shown = report.Groups.Select(g => g.Group.ToString()).ToHashSet(StringComparer.Ordinal);
            var allowed = answers.Where(a => a.GetString("SubjectId") == report.SubjectId && shown.Contains(a.GetString("Group")!))
                .SelectMany(a => new[] { a.GetString("Strengths"), a.GetString("Suggestions") }).ToHashSet(StringComparer.Ordinal);

            Assert.All(report.Comments.Strengths.Concat(report.Comments.Suggestions), c => Assert.Contains(c, allowed));
        }
    }

    [Fact]
    public async Task A_hidden_groups_comment_is_nowhere_on_the_report_page()
    {
        var hidden = run.Submitted.Where(s => s.Subject == "K2" && s.Rater is "E21" or "E22" or "B0").ToList();
        using var browser = await BrowserSession.SignInAsync(run.Round.Host.BaseUrl, "K2", "division.head");

        var page = await browser.GetStringAsync($"/360/{AttackedRound.RoundId}/report");

        Assert.Equal(3, hidden.Count);
        Assert.DoesNotContain(hidden, s => page.Contains(s.Strengths, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_comments_order_does_not_follow_the_order_of_submission()
    {
        var k1 = (await ReportsAsync()).Single(r => r.SubjectId == "K1");
        var submitted = run.Submitted.Where(s => s.Subject == "K1" && s.Rater != "K1" && k1.Comments.Strengths.Contains(s.Strengths))
            .Select(s => s.Strengths).ToList();

        Assert.Equal(6, k1.Comments.Strengths.Count);
        Assert.NotEqual(submitted, k1.Comments.Strengths);
    }

    [Fact]
    public async Task The_band_page_shows_no_band_under_five_subjects_and_no_ones_figures()
    {
        var reports = await ReportsAsync();
        var tables = new Tables(Options.Create(
            new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = run.Round.Host.TablePrefix }));
        var norms = await new ReportStore(tables).ListNormsAsync(AttackedRound.RoundId);
        using var hr = await BrowserSession.SignInAsync(run.Round.Host.BaseUrl, "HR1", "hr.admin");

        var page = await hr.GetStringAsync($"/360/{AttackedRound.RoundId}/bands");

        Assert.NotEmpty(norms);
        Assert.All(norms, n => Assert.True(n.Subjects < 5, $"band {n.BandId} has {n.Subjects} subjects")); // every band here is too small
        Assert.DoesNotContain("class=\"band\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(reports, r => System.Text.RegularExpressions.Regex.IsMatch(page, $"(?<![A-Za-z0-9]){r.SubjectId}(?![0-9])"));
        Assert.DoesNotContain(reports.SelectMany(r => r.Items).Where(i => i.Others is not null),
            i => page.Contains(">" + ReportFormat.Mean(i.Others) + "<", StringComparison.Ordinal));
    }

    private static void AssertPooled(string subjectId, ReportRow row, int pooledCount)
    {
        // Every figure is a sum of shown figures: all others minus the shown groups leaves nothing to recover.
        if (row.Others is null)
        {
            Assert.True(row.Groups.Count == 0 || row.Groups.Sum(g => g.Count) < Threshold, $"{subjectId} {row.Id}: groups shown, no others");
            return;
        }

        Assert.Equal(pooledCount, row.OthersCount);
        Assert.Equal(row.Groups.Sum(g => g.Mean * g.Count) / pooledCount, row.Others!.Value, 9);
        Assert.All(row.Groups, g => Assert.True(g.Count >= Threshold, $"{subjectId} {row.Id}: {g.Group} shown with {g.Count}"));
    }

    private async Task<List<ThreeSixtyReport>> ReportsAsync()
    {
        var tables = new Tables(Options.Create(
            new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = run.Round.Host.TablePrefix }));
        var reports = new List<ThreeSixtyReport>();
        await foreach (var report in new ReportStore(tables).ListAsync(AttackedRound.RoundId))
        {
            reports.Add(report);
        }

        Assert.NotEmpty(reports);
        return reports;
    }
}
