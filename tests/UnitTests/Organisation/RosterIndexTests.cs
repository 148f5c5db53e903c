using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Organisation;

public sealed class RosterIndexTests
{
    private static readonly string[] HeadGrades = ["課長", "室長", "参事官"];

    [Fact]
    public void The_supervisor_chain_goes_up_to_the_top()
    {
        var index = Index(RosterCsvBuilder.SmallOrganisation());

        Assert.Equal(["E11", "H1", "T1"], index.SupervisorChain("E12")!.Select(s => s.StaffId));
        Assert.Empty(index.SupervisorChain("T1")!);
        Assert.Null(index.SupervisorChain("NOBODY"));
    }

    [Fact]
    public void The_head_is_the_member_with_a_head_grade_even_when_listed_last()
    {
        var index = Index(new RosterCsvBuilder()
            .Person("T", null, "D0")
            .Person("E1", "T", "D1", grade: "係員")
            .Person("S1", "T", "D1", grade: "課長補佐")
            .Person("K1", "T", "D1", grade: "課長"));

        var division = index.Division("D1")!;

        Assert.Equal(("K1", DivisionHeadRule.HeadGrade), (division.Head.StaffId, division.HeadRule));
    }

    [Fact]
    public void Earlier_head_grades_take_precedence()
    {
        var index = Index(new RosterCsvBuilder()
            .Person("T", null, "D0")
            .Person("R1", "T", "D1", grade: "室長")
            .Person("K1", "T", "D1", grade: "課長"));

        Assert.Equal("K1", index.Division("D1")!.Head.StaffId);
    }

    [Fact]
    public void Without_a_head_grade_the_member_reporting_outside_the_division_heads_it()
    {
        var index = Index(new RosterCsvBuilder()
            .Person("T", null, "D0", grade: "事務次官")
            .Person("E1", "L1", "D1", grade: "係員")
            .Person("L1", "T", "D1", grade: "局長")
            .Person("E2", "L1", "D1", grade: "審議官"));

        var division = index.Division("D1")!;

        Assert.Equal(("L1", DivisionHeadRule.SupervisorOutsideDivision), (division.Head.StaffId, division.HeadRule));
        Assert.Equal(("T", DivisionHeadRule.SupervisorOutsideDivision), (index.Division("D0")!.Head.StaffId, index.Division("D0")!.HeadRule));
    }

    [Fact]
    public void Bureaus_list_their_divisions_and_staff()
    {
        var index = Index(RosterCsvBuilder.SmallOrganisation());

        Assert.Equal(["D1", "D2"], index.Bureau("B1")!.Divisions.Select(d => d.Code));
        Assert.Equal([3, 2], index.Bureau("B1")!.Divisions.Select(d => d.StaffCount));
        Assert.Equal(["E11", "E12", "E21", "H1", "H2"], index.BureauStaff("B1")!.Select(s => s.StaffId));
        Assert.Equal(["D0", "D1", "D2", "D3"], index.Divisions.Select(d => d.Code));
        Assert.Null(index.Bureau("B9"));
    }

    private static RosterIndex Index(RosterCsvBuilder csv)
    {
        var file = RosterHeaderTests.Read(csv.Utf8());
        Assert.Empty(file.Errors);
        var info = new RosterSnapshotInfo("s1", DateTimeOffset.UnixEpoch, "hr", file.Staff.Count, 1, file.Encoding);
        return new RosterIndex(info, file.Staff, HeadGrades);
    }
}
