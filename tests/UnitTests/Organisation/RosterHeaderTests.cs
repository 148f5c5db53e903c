using System.Text;
using Transformation.Organisation.Import;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Organisation;

public sealed class RosterHeaderTests
{
    [Fact]
    public void English_header_names_are_read()
    {
        var file = Read(RosterCsvBuilder.SmallOrganisation().Utf8());

        Assert.Empty(file.Errors);
        var e21 = file.Staff.Single(s => s.StaffId == "E21");
        Assert.Equal(("山田 花子", "D2", "B1", "H2"), (e21.Name, e21.DivisionCode, e21.BureauCode, e21.SupervisorId));
    }

    [Fact]
    public void Japanese_header_names_are_read()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().JapaneseHeader();
        Assert.StartsWith("職員番号,氏名,メールアドレス,局コード,局名,課室コード,課室名,役職,上司職員番号,言語", csv.Text(), StringComparison.Ordinal);

        var file = Read(csv.Utf8());

        Assert.Empty(file.Errors);
        Assert.Equal(8, file.Staff.Count);
        Assert.Equal("藤田 学", file.Staff.Single(s => s.StaffId == "H3").Name);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_unknown_columns_are_ignored()
    {
        var text = "email,内線,grade,staff_id,division_name,name,supervisor_id,bureau_name,division_code,bureau_code,language\r\n"
            + "top@example.go.jp,1234,事務次官,T1,官房長室,山本 健一,,大臣官房,D0,B0,ja\r\n"
            + "kacho@example.go.jp,5678,課長,H1,秘書課,高橋 直樹,T1,大臣官房,D1,B0,en\r\n";

        var file = Read(Encoding.UTF8.GetBytes(text));

        Assert.Empty(file.Errors);
        var h1 = file.Staff.Single(s => s.StaffId == "H1");
        Assert.Equal(("高橋 直樹", "kacho@example.go.jp", "課長", "秘書課", "T1"), (h1.Name, h1.Email, h1.Grade, h1.DivisionName, h1.SupervisorId));
    }

    [Fact]
    public void Without_a_language_column_everyone_is_Japanese()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Columns(
            RosterColumn.StaffId, RosterColumn.Name, RosterColumn.Email, RosterColumn.BureauCode, RosterColumn.BureauName,
            RosterColumn.DivisionCode, RosterColumn.DivisionName, RosterColumn.Grade, RosterColumn.SupervisorId);

        var file = Read(csv.Utf8());

        Assert.Empty(file.Errors);
        Assert.All(file.Staff, s => Assert.Equal(Transformation.Platform.Localization.Language.Ja, s.Language));
    }

    [Fact]
    public void Every_missing_column_is_reported_on_line_1()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Columns(RosterColumn.StaffId, RosterColumn.Name, RosterColumn.BureauCode, RosterColumn.BureauName, RosterColumn.DivisionCode, RosterColumn.DivisionName, RosterColumn.Grade);

        var file = Read(csv.Utf8());

        Assert.Equal(["email", "supervisor_id"], file.Errors.Select(e => e.Field));
        Assert.All(file.Errors, e => Assert.Equal(1, e.Line));
        Assert.Empty(file.Staff);
    }

    [Fact]
    public void A_column_named_twice_is_reported()
    {
        var text = "staff_id,name,email,bureau_code,bureau_name,division_code,division_name,grade,supervisor_id,職員番号\r\nT1,山本,t@example.go.jp,B,局,D,課,局長,,T1\r\n";

        var file = Read(Encoding.UTF8.GetBytes(text));

        var error = Assert.Single(file.Errors);
        Assert.Equal(("staff_id", 1), (error.Field, error.Line));
    }

    internal static RosterFile Read(byte[] bytes, long maxBytes = 20 * 1024 * 1024, int maxRows = 200_000) =>
        RosterReader.Read(bytes, maxBytes, maxRows);
}
