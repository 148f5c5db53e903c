using System.Globalization;

namespace Transformation.TeamUp.Judging;

/// <summary>Numbers as the judging, ranking and awards pages write them.</summary>
public static class JudgingNumbers
{
    /// <summary>Hours a month, one decimal at most.</summary>
    public static string Hours(decimal hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A criterion's weight (0–1) as a percentage.</summary>
    public static string Percent(double weight) => (weight * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A score to three decimals; "-" when there is none.</summary>
    public static string Score(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-";
}
