using System.Globalization;
using Transformation.Overtime.Caps;

namespace Transformation.Overtime.Designations;

/// <summary>
/// How a designation and its date are written in the API, the CSV and the forms. The CSV also takes the Japanese words
/// and the slashed date that a spreadsheet saved in Japan writes.
/// </summary>
public static class DesignationNames
{
    public const string Ordinary = "ordinary";
    public const string OtherDirected = "other-directed";

    public static string Of(Designation kind) => kind == Designation.OtherDirected ? OtherDirected : Ordinary;

    public static Designation? Parse(string? value) => value?.Trim() switch
    {
        Ordinary or "通常" or "通常の部署" => Designation.Ordinary,
        OtherDirected or "他律" or "他律部署" or "他律的業務の比重が高い部署" => Designation.OtherDirected,
        _ => null,
    };

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), ["yyyy-MM-dd", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
