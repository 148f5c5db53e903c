using System.Globalization;

namespace Transformation.ThreeSixty.Reports;

/// <summary>How figures read on the report and HR's page: two decimals, signed gaps with a true minus sign, "—" for none.</summary>
public static class ReportFormat
{
    public const string None = "—";

    public static string Mean(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? None;

    public static string Gap(double? value) => value switch
    {
        null => None,
        var v when Math.Round(v.Value, 2) == 0 => "±0.00",
        > 0 => "+" + value.Value.ToString("0.00", CultureInfo.InvariantCulture),
        _ => "−" + Math.Abs(value.Value).ToString("0.00", CultureInfo.InvariantCulture),
    };

    public static string Threshold(double value) => value.ToString("0.0#", CultureInfo.InvariantCulture);
}
