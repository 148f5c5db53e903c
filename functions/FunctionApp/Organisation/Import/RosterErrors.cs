using System.Globalization;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.Organisation.Import;

/// <summary>What can be wrong with a roster file, worded for the HR staff who fix the export.</summary>
public static class RosterErrors
{
    public const string FileField = "file";

    public static FieldError EmptyFile() => new(FileField,
        new Text("ファイルが空です。", "The file is empty."));

    public static FieldError NoRows() => new(FileField,
        new Text("見出し行のほかに職員の行がありません。", "The file has a header but no staff rows."), 1);

    public static FieldError TooLarge(long maxBytes) => new(FileField,
        new Text($"ファイルが大きすぎます（上限 {Mb(maxBytes)} MB）。", $"The file is too large (limit {Mb(maxBytes)} MB)."));

    public static FieldError TooManyRows(int maxRows, int line) => new(FileField,
        new Text($"行数が上限（{Count(maxRows)} 行）を超えています。", $"The file has more than {Count(maxRows)} staff rows."), line);

    public static FieldError MissingColumn(RosterColumnSpec spec) => new(spec.English,
        new Text($"列「{spec.Japanese}」（{spec.English}）が見出し行にありません。", $"The header has no column \"{spec.English}\" ({spec.Japanese})."), 1);

    public static FieldError DuplicateColumn(RosterColumnSpec spec) => new(spec.English,
        new Text($"列「{spec.Japanese}」が見出し行に2回あります。", $"The header has the column \"{spec.English}\" twice."), 1);

    public static FieldError FieldCount(int line, int actual, int expected) => new(FileField,
        new Text($"列の数が {actual} で、見出し行（{expected}）と合いません。", $"The row has {actual} fields; the header has {expected}."), line);

    public static FieldError Empty(RosterColumnSpec spec, int line) => new(spec.English,
        new Text($"「{spec.Japanese}」が空です。", $"\"{spec.English}\" is empty."), line);

    public static FieldError DuplicateStaffId(string staffId, int line, int firstLine) => new(Field(RosterColumn.StaffId),
        new Text($"職員番号 {staffId} が重複しています（{firstLine} 行目と同じ）。", $"Staff id {staffId} appears twice (also on line {firstLine})."), line);

    public static FieldError DuplicateEmail(string email, int line, int firstLine) => new(Field(RosterColumn.Email),
        new Text($"メールアドレス {email} が {firstLine} 行目と {line} 行目で重複しています（大文字・小文字は区別しません）。",
            $"Email address {email} appears on line {firstLine} and on line {line} (case does not matter)."), line);

    public static FieldError BadName(string value, int line) => new(Field(RosterColumn.Name),
        new Text($"氏名「{value}」に半角のカンマ（,）・セミコロン（;）または改行などの制御文字があります。メール送信で拒否されるため、取り除いてください。",
            $"Name \"{value}\" contains a comma, a semicolon or a control character such as a line break; "
            + "mail providers refuse it. Remove it."), line);

    public static FieldError BadId(RosterColumnSpec spec, string value, int line) => new(spec.English,
        new Text($"「{spec.Japanese}」の「{value}」は使えません。{RouteIds.MaxLength} 文字以内の英数字と - _ . ~ で書いてください。",
            $"\"{value}\" cannot be used as {spec.English}: use up to {RouteIds.MaxLength} letters, digits, '-', '_', '.' or '~'."), line);

    public static FieldError BadEmail(string value, int line) => new(Field(RosterColumn.Email),
        new Text($"メールアドレス「{value}」の形式が正しくありません。", $"\"{value}\" is not a valid email address."), line);

    public static FieldError BadLanguage(string value, int line) => new(Field(RosterColumn.Language),
        new Text($"言語「{value}」は ja か en で指定してください。", $"Language \"{value}\" must be ja or en."), line);

    public static FieldError UnknownSupervisor(string supervisorId, int line) => new(Field(RosterColumn.SupervisorId),
        new Text($"上司の職員番号 {supervisorId} が名簿にありません。", $"Supervisor {supervisorId} is not in the roster."), line);

    public static FieldError OwnSupervisor(string staffId, int line) => new(Field(RosterColumn.SupervisorId),
        new Text($"職員 {staffId} が自分自身を上司にしています。", $"Staff {staffId} is their own supervisor."), line);

    public static FieldError SupervisorCycle(IReadOnlyList<string> chain, int line) => new(Field(RosterColumn.SupervisorId),
        new Text($"上司の関係が循環しています：{string.Join(" → ", chain)}", $"The supervisor chain goes round in a circle: {string.Join(" → ", chain)}"), line);

    public static FieldError DivisionRenamed(string code, string name, string firstName, int line,
        int firstLine) => new(Field(RosterColumn.DivisionName),
        new Text($"課室コード {code} の課室名「{name}」が {firstLine} 行目の「{firstName}」と異なります。",
            $"Division {code} is named \"{name}\" here but \"{firstName}\" on line {firstLine}."), line);

    public static FieldError DivisionInTwoBureaus(string code, string bureau, string firstBureau, int line,
        int firstLine) => new(Field(RosterColumn.BureauCode),
        new Text($"課室コード {code} が局 {bureau} にも局 {firstBureau}（{firstLine} 行目）にも属しています。",
            $"Division {code} is in bureau {bureau} here but in bureau {firstBureau} on line {firstLine}."), line);

    public static FieldError BureauRenamed(string code, string name, string firstName, int line, int firstLine) => new(Field(RosterColumn.BureauName),
        new Text($"局コード {code} の局名「{name}」が {firstLine} 行目の「{firstName}」と異なります。",
            $"Bureau {code} is named \"{name}\" here but \"{firstName}\" on line {firstLine}."), line);

    private static string Field(RosterColumn column) => RosterColumns.Of(column).English;

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
}
