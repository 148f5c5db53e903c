using System.Text;
using Transformation.Organisation.Import;
using Transformation.Platform.Files;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Organisation;

public sealed class ExportEncodingTests
{
    private static RosterCsvBuilder JapaneseNames() => new RosterCsvBuilder()
        .JapaneseHeader()
        .Person("T1", null, "D0", "B0", grade: "事務次官", name: "髙橋 﨑子", divisionName: "官房長室", bureauName: "大臣官房")
        .Person("E1", "T1", "D1", "B0", grade: "係員", name: "渡邉 翔太", divisionName: "秘書課", bureauName: "大臣官房")
        .Person("E2", "T1", "D1", "B0", grade: "係長", name: "ソフトウェア 表示", divisionName: "秘書課", bureauName: "大臣官房");

    [Fact]
    public void Utf8_with_a_byte_order_mark_is_read_and_the_mark_is_not_part_of_the_first_column()
    {
        var file = RosterHeaderTests.Read(JapaneseNames().Utf8WithBom());

        Assert.Empty(file.Errors);
        Assert.Equal(ExportEncoding.Utf8Bom, file.Encoding);
        Assert.Equal("T1", file.Staff[0].StaffId);
        Assert.Equal("髙橋 﨑子", file.Staff[0].Name);
    }

    [Fact]
    public void Utf8_without_a_byte_order_mark_is_read()
    {
        var file = RosterHeaderTests.Read(JapaneseNames().Utf8());

        Assert.Empty(file.Errors);
        Assert.Equal(ExportEncoding.Utf8, file.Encoding);
        Assert.Equal("渡邉 翔太", file.Staff[1].Name);
    }

    [Fact]
    public void Shift_jis_is_detected_and_the_Japanese_names_come_out_right()
    {
        var bytes = JapaneseNames().ShiftJis();

        // The file really is Shift_JIS: it is not valid UTF-8.
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        var file = RosterHeaderTests.Read(bytes);

        Assert.Empty(file.Errors);
        Assert.Equal(ExportEncoding.ShiftJis, file.Encoding);
        Assert.Equal(["髙橋 﨑子", "渡邉 翔太", "ソフトウェア 表示"], file.Staff.Select(s => s.Name));
        Assert.Equal("秘書課", file.Staff[1].DivisionName);
        Assert.Equal("係長", file.Staff[2].Grade);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_shift_jis_are_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("staff_id,name\r\n1,").Concat(new byte[] { 0x82, 0xFF, 0xFF, 0x0D, 0x0A }).ToArray();

        var error = Assert.Single(RosterHeaderTests.Read(bytes).Errors);

        Assert.Equal("file", error.Field);
        Assert.Contains("Shift_JIS", error.Message.En, StringComparison.Ordinal);
    }
}
