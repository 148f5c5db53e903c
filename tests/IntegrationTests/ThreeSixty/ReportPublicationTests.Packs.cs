using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Security;
using Transformation.Platform.Storage;
using Transformation.Tests.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.Tests.ThreeSixty;

/// <summary>
/// The reports stored as packs (several subjects a row): what a chunk writes, what a subject reads, and what a
/// retried or rebuilt round leaves behind.
/// </summary>
public sealed partial class ReportPublicationTests
{
    /// <summary>Every subject with answers in <see cref="GivenARoundAsync"/> with four extra heads, in id order.</summary>
    private static readonly string[] Subjects = ["S-0010", "S-0011", "S-0020", "S-0031", "S-0032", "S-0033", "S-0034"];

    [Fact]
    public async Task A_chunk_stores_all_its_subjects_reports_in_one_row()
    {
        await GivenARoundAsync(extraHeads: 4);

        await BuildInChunksAsync(Round, Subjects, 4);

        Assert.Equal(["S-0031", "S-0034"], (await ReportRowsAsync("2026")).Select(r => r.RowKey));
    }

    [Fact]
    public async Task Each_subject_in_a_pack_reads_their_own_report_and_nobody_else_reads_one()
    {
        await GivenARoundAsync(extraHeads: 4);
        await BuildInChunksAsync(Round, Subjects, 4);

        foreach (var subject in Subjects)
        {
            Assert.Equal(subject, (await Store.GetAsync("2026", subject))?.SubjectId);
        }

        // The supervisor sorts before every pack, a subordinate who is no subject inside one, HR after the last.
        foreach (var staffId in new[] { "S-0001", "S-0012", "S-0090" })
        {
            Assert.Null(await Store.GetAsync("2026", staffId));
        }

        Assert.Equal(404, Status(await Pages.Report(Request("S-0012", Roles.Employee), "2026", CancellationToken.None)));
    }

    [Fact]
    public async Task The_report_page_reads_the_reports_table_with_one_request()
    {
        await GivenARoundAsync(extraHeads: 4);
        await BuildInChunksAsync(Round, Subjects, 4);

        using var storage = new StorageRequestScope();
        var page = await Pages.Report(Request("S-0032", Roles.Employee), "2026", CancellationToken.None);

        Assert.Equal(200, Status(page));
        Assert.Single(storage.Requests, r => r.Contains(ReportStore.Table + "()", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_round_rebuilt_in_other_chunks_without_a_subject_keeps_no_report_of_the_earlier_build()
    {
        await GivenARoundAsync(extraHeads: 4);
        await BuildInChunksAsync(Round, Subjects, 3);

        string[] remaining = [.. Subjects.Where(s => s != "S-0020")];
        await BuildInChunksAsync(Round, remaining, 4);

        Assert.Null(await Store.GetAsync("2026", "S-0020"));
        var listed = new List<string>();
        await foreach (var report in Store.ListAsync("2026"))
        {
            listed.Add(report.SubjectId);
        }

        Assert.Equal(remaining, listed);
        Assert.Equal(["S-0032", "S-0034"], (await ReportRowsAsync("2026")).Select(r => r.RowKey));
    }

    [Fact]
    public async Task A_retried_chunk_rewrites_its_own_rows_and_leaves_the_other_chunks_rows_untouched()
    {
        await GivenARoundAsync(extraHeads: 4);
        await BuildInChunksAsync(Round, Subjects, 2);
        var before = (await ReportRowsAsync("2026")).ToDictionary(r => r.RowKey, r => r.ETag);

        await Publisher.BuildAsync(Round, Subjects[2..4], ReportSpan.OfChunk(Subjects, 1, 2), CancellationToken.None);

        var after = (await ReportRowsAsync("2026")).ToDictionary(r => r.RowKey, r => r.ETag);
        Assert.Equal(before.Keys, after.Keys);
        Assert.Equal([.. before.Keys.Where(k => k != "S-0031")], after.Where(r => r.Value == before[r.Key]).Select(r => r.Key));
    }

    [Fact]
    public async Task Last_years_figures_come_from_last_years_packs_cut_in_other_chunks()
    {
        await GivenARoundAsync(extraHeads: 4);
        var lastYear = Round with { RoundId = "2025", QuestionnaireVersion = "2025" };
        await BuildInChunksAsync(lastYear, Subjects, 2);

        await BuildInChunksAsync(Round, Subjects, 3);

        var options = _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ThreeSixtyReportOptions>>().Value;
        var then = await Store.GetAsync("2025", "S-0032");
        var expected = ReportBuilder.Build(Questionnaire, "2026", "S-0032", "section-chief", _answers.Of("S-0032"), options, then);
        var stored = await Store.GetAsync("2026", "S-0032");
        Assert.NotNull(stored);
        Assert.Equal("2025", stored.LastYearRoundId);
        Assert.Equal(Json(expected), Json(stored));
    }

    [Fact]
    public async Task A_report_stored_alone_as_before_packs_still_opens()
    {
        await GivenARoundAsync();
        var options = _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ThreeSixtyReportOptions>>().Value;
        var report = ReportBuilder.Build(Questionnaire, "2026", "S-0010", "section-chief", _answers.Of("S-0010"), options, null);
        var row = new TableEntity("2026", "S-0010");
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        CompressedJson.Write(row, "Report", report, json);
        await (await _services.GetRequiredService<Tables>().GetAsync(ReportStore.Table)).AddEntityAsync(row);

        var page = await Pages.Report(Request("S-0010", Roles.Employee), "2026", CancellationToken.None);

        Assert.Equal(200, Status(page));
        Assert.Contains("チームの方針が明確", Content(page), StringComparison.Ordinal);
    }

    /// <summary>Builds the round as its activities do: the sorted subjects cut every <paramref name="size"/>, each chunk its span.</summary>
    private async Task BuildInChunksAsync(Round round, string[] sortedSubjects, int size)
    {
        var chunks = sortedSubjects.Chunk(size).ToList();
        for (var index = 0; index < chunks.Count; index++)
        {
            await Publisher.BuildAsync(round, chunks[index], ReportSpan.OfChunk(sortedSubjects, index, size), CancellationToken.None);
        }
    }

    private async Task<List<TableEntity>> ReportRowsAsync(string roundId)
    {
        var table = await _services.GetRequiredService<Tables>().GetAsync(ReportStore.Table);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == roundId))
        {
            rows.Add(row);
        }

        return rows;
    }
}
