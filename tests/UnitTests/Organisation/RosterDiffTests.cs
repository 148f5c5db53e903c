using Transformation.Organisation.Import;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Organisation;

public sealed class RosterDiffTests
{
    [Fact]
    public void New_ids_joined_missing_ids_left_and_a_changed_division_is_a_move()
    {
        var before = Staff(RosterCsvBuilder.SmallOrganisation());
        var after = Staff(RosterCsvBuilder.SmallOrganisation()
            .Without("E12")
            .Move("E11", "D3", "B2")
            .Person("N1", "H2", "D2", "B1", name: "新人 一郎")
            .Person("N2", "H1", "D1", "B1"));

        var changes = RosterDiff.Compare(before, after);

        Assert.Equal(["N1", "N2"], changes.Joined.Select(j => j.StaffId));
        Assert.Equal(("新人 一郎", "D2"), (changes.Joined[0].Name, changes.Joined[0].DivisionCode));
        var left = Assert.Single(changes.Left);
        Assert.Equal(("E12", "D1"), (left.StaffId, left.DivisionCode));
        var moved = Assert.Single(changes.Moved);
        Assert.Equal(("E11", "D1", "D1課", "D3", "D3課"), (moved.StaffId, moved.FromDivisionCode, moved.FromDivisionName, moved.ToDivisionCode, moved.ToDivisionName));
    }

    [Fact]
    public void Changes_other_than_the_division_are_not_moves()
    {
        var before = Staff(RosterCsvBuilder.SmallOrganisation());
        var after = Staff(RosterCsvBuilder.SmallOrganisation().Person("X", "H1").With(RosterColumn.Grade, "係長"));

        var changes = RosterDiff.Compare(before, after.Where(s => s.StaffId != "X").Select(s => s with { Grade = "主査", Email = "new@example.go.jp" }));

        Assert.Empty(changes.Joined);
        Assert.Empty(changes.Left);
        Assert.Empty(changes.Moved);
    }

    [Fact]
    public void The_first_import_has_everyone_joining()
    {
        var changes = RosterDiff.Compare([], Staff(RosterCsvBuilder.SmallOrganisation()));

        Assert.Equal(8, changes.Joined.Count);
        Assert.Empty(changes.Left);
    }

    private static IReadOnlyList<Transformation.Organisation.StaffMember> Staff(RosterCsvBuilder csv)
    {
        var file = RosterHeaderTests.Read(csv.Utf8());
        Assert.Empty(file.Errors);
        return file.Staff;
    }
}
