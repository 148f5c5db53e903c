using Transformation.Overtime.Caps;
using Transformation.Platform.Files;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.Overtime.Designations;

/// <summary>Every text of the division designations, page, API and file messages, in both languages.</summary>
public static class DesignationTexts
{
    public const string FileField = FileUpload.FileField;

    public static readonly Text Title = new("超過勤務の上限区分（部署の指定）", "Overtime caps: division designations");
    public static readonly Text Intro = new(
        "他律的業務の比重が高い部署として指定された部署の職員には、月100時間未満・年720時間などの上限が適用されます。"
        + "指定のない部署は月45時間・年360時間です。指定は適用開始日から次の変更まで有効です。",
        "Staff of a division designated as having a high share of work paced by others are held to the higher caps (under 100 h a "
        + "month, 720 h a year and more); other divisions to 45 h a month and 360 h a year. "
        + "A designation holds from its date until the next change.");
    public static readonly Text Ordinary = new("通常の部署", "Ordinary");
    public static readonly Text OtherDirected = new("他律的業務の比重が高い部署", "High share of work paced by others");
    public static readonly Text Division = new("課室", "Division");
    public static readonly Text Bureau = new("局", "Bureau");
    public static readonly Text Today = new("本日の区分", "Today");
    public static readonly Text Changes = new("変更（適用開始日）", "Changes (from)");
    public static readonly Text NoChanges = new("なし（通常の部署）", "None (ordinary)");
    public static readonly Text NoRoster = new("名簿がまだ取り込まれていません。先に名簿を取り込んでください。",
        "No roster has been imported yet. Import the roster first.");
    public static readonly Text SetHeading = new("区分を設定する", "Set a designation");
    public static readonly Text From = new("適用開始日", "From");
    public static readonly Text Kind = new("区分", "Designation");
    public static readonly Text Set = new("設定する", "Set");
    public static readonly Text Remove = new("この変更を取り消す", "Remove this change");
    public static readonly Text RemoveLabel = new("{0}の{1}からの変更を取り消す", "Remove the change of {0} from {1}");
    public static readonly Text ImportHeading = new("CSVで一括設定する", "Set many from a CSV file");
    public static readonly Text ImportHelp = new(
        "見出し行に「課室コード」「適用開始日」「指定」（または division_code, effective_from, designation）を含めてください。"
        + "指定は「通常」または「他律」、日付は 2027-04-01 の形です。UTF-8 または Shift_JIS。誤りが1件でもあれば何も設定しません。",
        "The header must name division_code, effective_from and designation (the Japanese column names work too). The designation is "
        + "\"ordinary\" or \"other-directed\" (or the Japanese words), the date like 2027-04-01. UTF-8 or Shift_JIS. One error and nothing is set.");
    public static readonly Text FileLabel = new("CSVファイル", "CSV file");
    public static readonly Text Import = new("取り込む", "Import");
    public static readonly Text SetDone = new("区分を設定しました。", "The designation was set.");
    public static readonly Text Removed = new("変更を取り消しました。", "The change was removed.");
    public static readonly Text Imported = new("CSVの区分を設定しました。", "The designations of the file were set.");
    public static readonly Text NoFile = new("CSVファイルを選んでください。", "Choose a CSV file.");
    public static readonly Text Line = new("行", "Line");
    public static readonly Text Problem = new("内容", "Problem");
    public static readonly Text NothingImported = new(
        "ファイルに誤りがあるため、何も設定していません。", "The file has errors, so nothing was set.");
    public static readonly Text NotFound = new("その変更はありません。", "There is no such change.");
    public static Text KindName(Designation kind) => kind == Designation.OtherDirected ? OtherDirected : Ordinary;

    public static FieldError EmptyDivision(int line) => new(DesignationCsv.DivisionColumn,
        new Text("課室コードが空です。", "The division code is empty."), line);

    public static FieldError UnknownDivision(int line, string code) => new(DesignationCsv.DivisionColumn,
        new Text($"課室コード「{Short(code)}」は現在の名簿にありません。",
            $"The division code \"{Short(code)}\" is not in the current roster."), line);

    public static FieldError BadDate(int line, string value, DateOnly first, DateOnly last) => new(DesignationCsv.FromColumn,
        new Text($"適用開始日「{Short(value)}」は {DesignationNames.Date(first)} から {DesignationNames.Date(last)} まで"
                + "の日付（2027-04-01 の形）ではありません。",
            $"The date \"{Short(value)}\" is not a date from {DesignationNames.Date(first)} to {DesignationNames.Date(last)} "
                + "written like 2027-04-01."),
        line);

    public static FieldError BadKind(int line, string value) => new(DesignationCsv.KindColumn,
        new Text($"指定「{Short(value)}」は「通常」「他律」のどちらでもありません。",
            $"The designation \"{Short(value)}\" is neither ordinary nor other-directed."),
        line);

    public static FieldError RepeatedRow(int line, int first) => new(FileField,
        new Text($"同じ課室・適用開始日の行が {first} 行目にもあります。", $"Line {first} has the same division and date."), line);

    public static FieldError MissingColumn(string column) => new(column,
        new Text($"列「{column}」が見出し行にありません。", $"The header has no column \"{column}\"."), 1);

    public static FieldError DuplicateColumn(string column) => new(column,
        new Text($"列「{column}」が見出し行に2回あります。", $"The header has the column \"{column}\" twice."), 1);

    public static FieldError TooManyRows(int maxRows, int line) => new(FileField,
        new Text($"行数が上限（{maxRows} 行）を超えています。", $"The file has more than {maxRows} rows."), line);

    public static FieldError NoRows() => new(FileField,
        new Text("見出し行のほかに行がありません。", "The file has a header but no rows."), 1);

    public static FieldError TooLarge(long maxBytes) => new(FileField, Problems.TooLargeText(maxBytes));

    // What a person typed is shown back so they can find it, but never a page of it.
    private static string Short(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
