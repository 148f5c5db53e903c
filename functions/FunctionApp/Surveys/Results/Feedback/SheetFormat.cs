using System.Globalization;

namespace Transformation.Surveys.Results.Feedback;

/// <summary>How numbers read on sheets and in the workbook: means to two decimals, signed changes, whole percentages, "—" for none.</summary>
public static class SheetFormat
{
    public const string None = "—";

    public static string Mean(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? None;

    /// <summary>+0.12 / −0.05 (a true minus sign, which reads better in print) / ±0.00.</summary>
    public static string Change(double? value) => value switch
    {
        null => None,
        var v when Math.Round(v.Value, 2) == 0 => "±0.00",
        > 0 => "+" + value.Value.ToString("0.00", CultureInfo.InvariantCulture),
        _ => "−" + Math.Abs(value.Value).ToString("0.00", CultureInfo.InvariantCulture),
    };

    public static string Percent(double? share) =>
        share is null ? None : Math.Round(share.Value * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Rank(Rank? rank) => rank is null ? None : $"{rank.Position} / {rank.Of}";
}
