using Transformation.Platform.Localization;

namespace Transformation.Organisation.Pages;

/// <summary>The texts of HR's roster import page.</summary>
public static class RosterImportTexts
{
    public static readonly Text Title = new("職員名簿の取り込み", "Import the staff roster");
    public static readonly Text Attention = new("人事：対応が必要な項目", "HR: needs attention");
    public static readonly Text NoRoster = new("まだ名簿が取り込まれていません。", "No roster has been imported yet.");
    public static readonly Text Current = new("現在の名簿: {0} 名, {1} 局, {2} 課室", "Current roster: {0} staff, {1} bureaus, {2} divisions");
    public static readonly Text FileLabel = new("人事システムから出力した CSV（UTF-8 または Shift_JIS）",
        "CSV exported from the personnel system (UTF-8 or Shift_JIS)");
    public static readonly Text Replaces = new("取り込むと現在の名簿が置き換わります。誤りが1件でもあれば何も反映されません。",
        "Importing replaces the current roster. If there is any error, nothing is applied.");
    public static readonly Text Import = new("取り込む", "Import");
    public static readonly Text NoFile = new("ファイルを選んでから取り込んでください。", "Choose a file, then import it.");
    public static readonly Text Conflict = new("同時に別の名簿が取り込まれたため、この取り込みは反映されませんでした。もう一度取り込んでください。",
        "Another roster was imported at the same time, so this one was not applied. Import again.");
    public static readonly Text Imported = new("名簿を取り込みました（{0} 名）。", "The roster was imported ({0} staff).");
    public static readonly Text Joined = new("着任 {0} 名", "Joined: {0}");
    public static readonly Text Left = new("離任 {0} 名", "Left: {0}");
    public static readonly Text Moved = new("異動 {0} 名", "Moved: {0}");
    public static readonly Text Errors = new("名簿ファイルに {0} 件の誤りがあります。何も取り込んでいません。",
        "The roster file has {0} errors. Nothing was imported.");
    public static readonly Text Line = new("行", "Line");
    public static readonly Text Field = new("項目", "Field");
    public static readonly Text Problem = new("内容", "Problem");
}
