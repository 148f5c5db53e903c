using System.Globalization;
using Transformation.Surveys.Results.HeatMap;

namespace Transformation.Surveys.Publication;

/// <summary>HR's heat map page: divisions × categories of published results (suppression already applied).</summary>
public sealed record HeatMapPageView(ResultsHeatMap Map)
{
    /// <summary>White at no gap, towards blue above the ministry and red below; full colour at ±0.5.</summary>
    public static string Colour(double? gap)
    {
        if (gap is null)
        {
            return "#ffffff";
        }

        var strength = Math.Min(1, Math.Abs(gap.Value) / 0.5);
        var fade = (int)Math.Round(255 - (strength * 120));
        return gap.Value >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"rgb({fade},{fade},255)")
            : string.Create(CultureInfo.InvariantCulture, $"rgb(255,{fade},{fade})");
    }
}
