using System.Text;
using Transformation.Organisation.Import;

namespace Transformation.Tests.Support.Organisation;

/// <summary>
/// Builds roster CSV files for tests: people with sensible defaults, either header spelling, any column
/// order, and the encodings real exports come in. Line numbers: header is line 1, the n-th person line n+1
/// (unless a value contains a line break).
/// </summary>
public sealed class RosterCsvBuilder
{
    private readonly List<string[]> _rows = [];
    private IReadOnlyList<RosterColumn> _columns = [.. RosterColumns.All.Select(c => c.Column)];
    private bool _japaneseHeader;

    /// <summary>A small ministry: a top, two bureaus, three divisions with a 課長 each and staff under them.</summary>
    public static RosterCsvBuilder SmallOrganisation() => new RosterCsvBuilder()
        .Person("T1", null, "D0", "B0", grade: "事務次官", name: "山本 健一")
        .Person("H1", "T1", "D1", "B1", grade: "課長", name: "高橋 直樹")
        .Person("E11", "H1", "D1", "B1", grade: "係長", name: "田中 美穂")
        .Person("E12", "E11", "D1", "B1", grade: "係員", name: "渡辺 翔太")
        .Person("H2", "T1", "D2", "B1", grade: "課長", name: "小林 浩二")
        .Person("E21", "H2", "D2", "B1", grade: "係員", name: "山田 花子", language: "en")
        .Person("H3", "T1", "D3", "B2", grade: "室長", name: "藤田 学")
        .Person("E31", "H3", "D3", "B2", grade: "係員", name: "岡田 奈々");

    public RosterCsvBuilder Person(
        string staffId,
        string? supervisorId,
        string division = "D1",
        string bureau = "B1",
        string grade = "係員",
        string? name = null,
        string? email = null,
        string language = "ja",
        string? divisionName = null,
        string? bureauName = null)
    {
        var row = new string[RosterColumns.All.Count];
        row[(int)RosterColumn.StaffId] = staffId;
        row[(int)RosterColumn.Name] = name ?? "職員 " + staffId;
        row[(int)RosterColumn.Email] = email ?? $"staff-{staffId.ToLowerInvariant()}@example.go.jp";
        row[(int)RosterColumn.BureauCode] = bureau;
        row[(int)RosterColumn.BureauName] = bureauName ?? bureau + "局";
        row[(int)RosterColumn.DivisionCode] = division;
        row[(int)RosterColumn.DivisionName] = divisionName ?? division + "課";
        row[(int)RosterColumn.Grade] = grade;
        row[(int)RosterColumn.SupervisorId] = supervisorId ?? "";
        row[(int)RosterColumn.Language] = language;
        _rows.Add(row);
        return this;
    }

    /// <summary>Changes one value of the person added last.</summary>
    public RosterCsvBuilder With(RosterColumn column, string value)
    {
        _rows[^1][(int)column] = value;
        return this;
    }

    /// <summary>Removes everyone with that id.</summary>
    public RosterCsvBuilder Without(string staffId)
    {
        _rows.RemoveAll(r => r[(int)RosterColumn.StaffId] == staffId);
        return this;
    }

    /// <summary>Moves a person to another division (and bureau).</summary>
    public RosterCsvBuilder Move(string staffId, string division, string bureau)
    {
        var row = _rows.Single(r => r[(int)RosterColumn.StaffId] == staffId);
        row[(int)RosterColumn.DivisionCode] = division;
        row[(int)RosterColumn.DivisionName] = division + "課";
        row[(int)RosterColumn.BureauCode] = bureau;
        row[(int)RosterColumn.BureauName] = bureau + "局";
        return this;
    }

    public RosterCsvBuilder JapaneseHeader()
    {
        _japaneseHeader = true;
        return this;
    }

    /// <summary>Writes only these columns, in this order.</summary>
    public RosterCsvBuilder Columns(params RosterColumn[] columns)
    {
        _columns = columns;
        return this;
    }

    public string Text()
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', _columns.Select(c => _japaneseHeader ? RosterColumns.Of(c).Japanese : RosterColumns.Of(c).English))).Append("\r\n");
        foreach (var row in _rows)
        {
            text.Append(string.Join(',', _columns.Select(c => Quote(row[(int)c])))).Append("\r\n");
        }

        return text.ToString();
    }

    public byte[] Utf8() => new UTF8Encoding(false).GetBytes(Text());

    public byte[] Utf8WithBom() => [0xEF, 0xBB, 0xBF, .. Utf8()];

    public byte[] ShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932).GetBytes(Text());
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
