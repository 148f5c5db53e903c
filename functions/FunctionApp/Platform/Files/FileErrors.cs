using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.Platform.Files;

/// <summary>What can be wrong with any imported file before its rows are read, worded for the HR staff who fix the export.</summary>
public static class FileErrors
{
    public static FieldError Undecodable() => new(FileUpload.FileField,
        new Text("文字コードを判別できません。UTF-8 または Shift_JIS で保存してください。",
            "The character encoding is not recognised. Save the file as UTF-8 or Shift_JIS."));

    public static FieldError BrokenQuotes(int line) => new(FileUpload.FileField,
        new Text("引用符（\"）の対応が取れていません。", "Quotation marks (\") are not balanced."), line);
}
