using Azure.Data.Tables;
using Transformation.Organisation.Import;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Organisation;

public sealed class RosterImportTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_re_import_reports_who_joined_left_and_moved_and_look_ups_follow_it()
    {
        var hr = new RosterHarness();
        var first = await hr.ImportAsync(RosterCsvBuilder.SmallOrganisation().Utf8());
        Assert.Equal((8, 8, 0, 0, null), (first.StaffCount, first.JoinedCount, first.LeftCount, first.MovedCount, first.PreviousSnapshotId));

        var second = await hr.ImportAsync(RosterCsvBuilder.SmallOrganisation()
            .Without("E12")
            .Move("E11", "D3", "B2")
            .Set("E11", RosterColumn.SupervisorId, "H3")
            .Person("N1", "H2", "D2", "B1", name: "新人 一郎")
            .Utf8());

        Assert.Equal(first.SnapshotId, second.PreviousSnapshotId);
        Assert.Equal((8, 1, 1, 1), (second.StaffCount, second.JoinedCount, second.LeftCount, second.MovedCount));
        Assert.Equal("N1", Assert.Single(second.Joined).StaffId);
        Assert.Equal("E12", Assert.Single(second.Left).StaffId);
        var move = Assert.Single(second.Moved);
        Assert.Equal(("E11", "D1", "D3"), (move.StaffId, move.FromDivisionCode, move.ToDivisionCode));

        // Another instance reads the new roster from storage, not from this one's memory.
        var elsewhere = hr.OtherInstance().Directory;
        Assert.Equal(second.SnapshotId, await elsewhere.CurrentSnapshotIdAsync().WaitAsync(Timeout));
        Assert.Equal("D3", (await elsewhere.GetPersonAsync("E11").WaitAsync(Timeout))!.DivisionCode);
        Assert.Null(await elsewhere.GetPersonAsync("E12").WaitAsync(Timeout));
        Assert.Equal("新人 一郎", (await elsewhere.GetPersonAsync("N1").WaitAsync(Timeout))!.Name);
        Assert.Equal(["H3", "T1"], (await elsewhere.GetSupervisorChainAsync("E11").WaitAsync(Timeout))!.Select(s => s.StaffId));
        var d1 = (await elsewhere.GetDivisionAsync("D1").WaitAsync(Timeout))!;
        Assert.Equal(["H1"], d1.Members.Select(m => m.StaffId));
        Assert.Equal("H1", d1.Head.StaffId);
        var d3 = (await elsewhere.GetDivisionAsync("D3").WaitAsync(Timeout))!;
        Assert.Equal(("H3", DivisionHeadRule.HeadGrade), (d3.Head.StaffId, d3.HeadRule));
        Assert.Equal(["E11", "E31", "H3"], d3.Members.Select(m => m.StaffId));
        Assert.Equal(["D3"], (await elsewhere.GetBureauDivisionsAsync("B2").WaitAsync(Timeout))!.Select(d => d.Code));
        Assert.Equal(["E11", "E31", "H3"], (await elsewhere.GetBureauStaffAsync("B2").WaitAsync(Timeout))!.Select(s => s.StaffId));
        Assert.Equal(4, (await elsewhere.GetDivisionsAsync().WaitAsync(Timeout)).Count);
        Assert.Equal(Transformation.Platform.Localization.Language.En, (await elsewhere.GetPersonAsync("E21").WaitAsync(Timeout))!.Language);
    }

    [Fact]
    public async Task An_invalid_file_changes_nothing()
    {
        var hr = new RosterHarness();
        var first = await hr.ImportAsync(RosterCsvBuilder.SmallOrganisation().Utf8());

        var outcome = await hr.Importer.ImportAsync(RosterCsvBuilder.SmallOrganisation()
            .Without("E12")
            .Person("X1", "NOBODY")
            .Person("X2", "H1", email: "not-an-email")
            .Utf8(), "hr-test").WaitAsync(Timeout);

        Assert.Equal(RosterImportStatus.Invalid, outcome.Status);
        Assert.Equal([9, 10], outcome.Errors.Select(e => e.Line ?? 0));
        var elsewhere = hr.OtherInstance().Directory;
        Assert.Equal(first.SnapshotId, await elsewhere.CurrentSnapshotIdAsync().WaitAsync(Timeout));
        Assert.NotNull(await elsewhere.GetPersonAsync("E12").WaitAsync(Timeout));
        Assert.Null(await elsewhere.GetPersonAsync("X2").WaitAsync(Timeout));

        // Not even a hidden snapshot was written.
        var rows = await CountAsync(await hr.Tables.GetAsync(RosterStore.StaffTable));
        Assert.Equal(8, rows);
    }

    [Fact]
    public async Task Of_two_imports_racing_one_wins_whole_and_the_other_gets_a_conflict()
    {
        var hr = new RosterHarness();
        await hr.ImportAsync(RosterCsvBuilder.SmallOrganisation().Utf8());
        var a = RosterCsvBuilder.SmallOrganisation().Person("A1", "H1").Person("A2", "H2");
        var b = RosterCsvBuilder.SmallOrganisation().Without("E31").Move("E11", "D2", "B1");

        // Both read the same current roster and write their snapshots before either swaps the pointer.
        var other = hr.OtherInstance();
        var preparedA = await hr.Importer.PrepareAsync(a.Utf8(), "hr-a").WaitAsync(Timeout);
        var preparedB = await other.Importer.PrepareAsync(b.Utf8(), "hr-b").WaitAsync(Timeout);
        var outcomeB = await other.Importer.CommitAsync(preparedB).WaitAsync(Timeout);
        var outcomeA = await hr.Importer.CommitAsync(preparedA).WaitAsync(Timeout);

        Assert.Equal(RosterImportStatus.Imported, outcomeB.Status);
        Assert.Equal(RosterImportStatus.Conflict, outcomeA.Status);
        await AssertCurrentIsAsync(hr, b, outcomeB.Report!.SnapshotId);
        Assert.Null(await hr.Store.ReadInfoAsync(preparedA.Snapshot!.SnapshotId).WaitAsync(Timeout));
    }

    [Fact]
    public async Task Two_first_imports_racing_leave_exactly_one_roster()
    {
        var hr = new RosterHarness();
        var a = RosterCsvBuilder.SmallOrganisation();
        var b = RosterCsvBuilder.SmallOrganisation().Person("B1", "T1", "D9", "B9");

        var preparedA = await hr.Importer.PrepareAsync(a.Utf8(), "hr-a").WaitAsync(Timeout);
        var preparedB = await hr.OtherInstance().Importer.PrepareAsync(b.Utf8(), "hr-b").WaitAsync(Timeout);
        var outcomeA = await hr.Importer.CommitAsync(preparedA).WaitAsync(Timeout);
        var outcomeB = await hr.Importer.CommitAsync(preparedB).WaitAsync(Timeout);

        Assert.Equal((RosterImportStatus.Imported, RosterImportStatus.Conflict), (outcomeA.Status, outcomeB.Status));
        await AssertCurrentIsAsync(hr, a, outcomeA.Report!.SnapshotId);
    }

    [Fact]
    public async Task Imports_running_at_the_same_time_leave_one_of_them_current_whole()
    {
        var hr = new RosterHarness();
        await hr.ImportAsync(RosterCsvBuilder.SmallOrganisation().Utf8());
        var a = RosterCsvBuilder.SmallOrganisation().Person("A1", "H1");
        var b = RosterCsvBuilder.SmallOrganisation().Person("B1", "H2");

        var outcomes = await Task.WhenAll(
            Task.Run(() => hr.Importer.ImportAsync(a.Utf8(), "hr-a")),
            Task.Run(() => hr.OtherInstance().Importer.ImportAsync(b.Utf8(), "hr-b"))).WaitAsync(Timeout);

        Assert.Contains(outcomes, o => o.Status == RosterImportStatus.Imported);
        Assert.All(outcomes, o => Assert.NotEqual(RosterImportStatus.Invalid, o.Status));
        var current = await hr.OtherInstance().Directory.CurrentSnapshotIdAsync().WaitAsync(Timeout);
        var winner = outcomes[0].Report?.SnapshotId == current ? a : b;
        await AssertCurrentIsAsync(hr, winner, current!);
    }

    [Fact]
    public async Task Look_ups_with_an_old_snapshot_id_still_answer_the_old_roster()
    {
        var hr = new RosterHarness();
        var v1 = await hr.ImportAsync(RosterCsvBuilder.SmallOrganisation().Utf8());
        await hr.ImportAsync(RosterCsvBuilder.SmallOrganisation().Without("E12").Move("E11", "D3", "B2").Utf8());

        foreach (var directory in new[] { hr.Directory, hr.OtherInstance().Directory })
        {
            Assert.Equal("D1", (await directory.GetPersonAsync("E11", v1.SnapshotId).WaitAsync(Timeout))!.DivisionCode);
            Assert.Equal("D3", (await directory.GetPersonAsync("E11").WaitAsync(Timeout))!.DivisionCode);
            Assert.NotNull(await directory.GetPersonAsync("E12", v1.SnapshotId).WaitAsync(Timeout));
            Assert.Equal(["E11", "H1", "T1"], (await directory.GetSupervisorChainAsync("E12", v1.SnapshotId).WaitAsync(Timeout))!.Select(s => s.StaffId));
            Assert.Equal(3, (await directory.GetDivisionAsync("D1", v1.SnapshotId).WaitAsync(Timeout))!.Members.Count);
        }

        await Assert.ThrowsAsync<RosterSnapshotNotFoundException>(() => hr.Directory.GetPersonAsync("E11", "no-such-snapshot").WaitAsync(Timeout));
    }

    [Fact]
    public async Task Before_the_first_import_look_ups_say_there_is_no_roster()
    {
        var hr = new RosterHarness();

        Assert.Null(await hr.Directory.CurrentSnapshotIdAsync().WaitAsync(Timeout));
        var e = await Assert.ThrowsAsync<RosterSnapshotNotFoundException>(() => hr.Directory.GetPersonAsync("E11").WaitAsync(Timeout));
        Assert.Null(e.SnapshotId);
    }

    [Fact]
    public async Task A_few_thousand_staff_are_spread_over_the_partitions_and_read_back_whole()
    {
        var hr = new RosterHarness();
        var csv = new RosterCsvBuilder().Person("T", null, "D0", "B0", grade: "事務次官");
        for (var i = 0; i < 5_000; i++)
        {
            csv.Person($"P{i:00000}", i < 50 ? "T" : $"P{i % 50:00000}", $"D{i % 50:00}", $"B{i % 5}", grade: i < 50 ? "課長" : "係員", language: i % 7 == 0 ? "en" : "ja");
        }

        var report = await hr.ImportAsync(csv.Utf8());

        Assert.Equal(5_001, report.StaffCount);
        var elsewhere = hr.OtherInstance().Directory;
        var index = await elsewhere.GetIndexAsync().WaitAsync(Timeout);
        Assert.Equal(5_001, index.Staff.Count);
        Assert.Equal(50, index.Divisions.Count - 1);
        Assert.Equal(["P00049", "T"], index.SupervisorChain("P04999")!.Select(s => s.StaffId));
        var table = await hr.Tables.GetAsync(RosterStore.StaffTable);
        for (var p = 0; p < hr.Options.Value.SnapshotPartitions; p++)
        {
            var partition = SnapshotKeys.Partition(report.SnapshotId, p);
            Assert.True(await CountAsync(table, $"PartitionKey eq '{partition}'") > 0, $"partition {partition} is empty");
        }
    }

    private static async Task AssertCurrentIsAsync(RosterHarness hr, RosterCsvBuilder expected, string snapshotId)
    {
        var fresh = hr.OtherInstance().Directory;
        Assert.Equal(snapshotId, await fresh.CurrentSnapshotIdAsync().WaitAsync(Timeout));
        var index = await fresh.GetIndexAsync().WaitAsync(Timeout);
        var want = RosterReader.Read(expected.Utf8(), long.MaxValue, int.MaxValue).Staff.OrderBy(s => s.StaffId, StringComparer.Ordinal);
        Assert.Equal(want, index.Staff);
    }

    private static async Task<int> CountAsync(TableClient table, string? filter = null)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"]))
        {
            count++;
        }

        return count;
    }
}
