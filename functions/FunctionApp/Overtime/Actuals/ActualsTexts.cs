using Transformation.Overtime.Designations;
using Transformation.Platform.Files;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.Overtime.Actuals;

/// <summary>Every text of HR's import of overtime actuals from the attendance system: page, API and file messages.</summary>
public static class ActualsTexts
{
    public const string FileField = FileUpload.FileField;

    public static readonly Text Title = new("超過勤務実績の取込（電子出勤簿）", "Overtime actuals import (attendance system)");
    public static readonly Text Intro = new(
        "電子出勤簿から出力した超過勤務の実績を取り込みます。取り込んだ行は、その日の実績として職員の記録を置き換えます。"
        + "事前の申請がない日の実績も「申請なし」として記録し、上限の計算に含めます。同じファイルを2回取り込んでも結果は変わりません。",
        "Imports the overtime actuals exported from the attendance system. Each row replaces the actual recorded for that person and day. "
        + "A day with no request is recorded as overtime without a request, and counts toward the caps. "
        + "Importing the same file twice changes nothing the second time.");
    public static readonly Text Help = new(
        "見出し行に「職員番号」「日付」「超過勤務時間」（または staff_id, date, actual_hours）を含めてください。"
        + "時間は 2.5 のような時間数、または 2:30 のような時:分です。日付は 2026-11-30 または 2026/11/30 の形です。"
        + "UTF-8 または Shift_JIS。誤りが1件でもあれば何も取り込みません。",
        "The header must name staff_id, date and actual_hours (the Japanese column names work too). Hours are decimal (2.5) or "
        + "hours and minutes (2:30); dates are written like 2026-11-30 or 2026/11/30. UTF-8 or Shift_JIS. "
        + "One error and nothing is imported.");
    public static readonly Text FileLabel = new("CSVファイル", "CSV file");
    public static readonly Text Import = new("取り込む", "Import");
    public static readonly Text Imported = new(
        "実績を取り込みました（{0} 行、変更した日 {1} 日）。", "The actuals were imported ({0} rows, {1} days changed).");
    public static readonly Text NoFile = new("CSVファイルを選んでください。", "Choose a CSV file.");
    public static readonly Text NoRoster = new("名簿がまだ取り込まれていません。先に名簿を取り込んでください。",
        "No roster has been imported yet. Import the roster first.");
    public static readonly Text Line = new("行", "Line");
    public static readonly Text Problem = new("内容", "Problem");
    public static readonly Text NothingImported = new(
        "ファイルに誤りがあるため、何も取り込んでいません。", "The file has errors, so nothing was imported.");

    public static FieldError EmptyStaff(int line) => new(ActualsCsv.StaffColumn,
        new Text("職員番号が空です。", "The staff id is empty."), line);

    public static FieldError UnknownStaff(int line, string staffId) => new(ActualsCsv.StaffColumn,
        new Text($"職員番号「{Short(staffId)}」は現在の名簿にありません。", $"The staff id \"{Short(staffId)}\" is not in the current roster."),
        line);

    public static FieldError BadDate(int line, string value, DateOnly first, DateOnly last) => new(ActualsCsv.DateColumn,
        new Text($"日付「{Short(value)}」は {DesignationNames.Date(first)} から {DesignationNames.Date(last)} まで"
                + "の日付（2026-11-30 の形）ではありません。",
            $"The date \"{Short(value)}\" is not a date from {DesignationNames.Date(first)} to {DesignationNames.Date(last)} "
                + "written like 2026-11-30."),
        line);

    public static FieldError BadHours(int line, string value, int maxHours) => new(ActualsCsv.HoursColumn,
        new Text($"超過勤務時間「{Short(value)}」は 0 から {maxHours} までの時間数（2.5 または 2:30 の形）ではありません。",
            $"The hours \"{Short(value)}\" are not a number of hours from 0 to {maxHours}, written like 2.5 or 2:30."),
        line);

    public static FieldError RepeatedRow(int line, int first) => new(FileField,
        new Text($"同じ職員・日付の行が {first} 行目にもあります。", $"Line {first} has the same staff id and date."), line);

    public static FieldError MissingColumn(string column) => new(column,
        new Text($"列「{column}」が見出し行にありません。", $"The header has no column \"{column}\"."), 1);

    public static FieldError DuplicateColumn(string column) => new(column,
        new Text($"列「{column}」が見出し行に2回あります。", $"The header has the column \"{column}\" twice."), 1);

    public static FieldError TooManyRows(int maxRows, int line) => new(FileField,
        new Text($"行数が上限（{maxRows} 行）を超えています。", $"The file has more than {maxRows} rows."), line);

    public static FieldError NoRows() => new(FileField,
        new Text("見出し行のほかに行がありません。", "The file has a header but no rows."), 1);

    public static FieldError TooLarge(long maxBytes) => new(FileField, Problems.TooLargeText(maxBytes));

    // What was typed is shown back so it can be found, but never a page of it.
    private static string Short(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
