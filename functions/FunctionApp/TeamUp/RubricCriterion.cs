using Transformation.Platform.Localization;

namespace Transformation.TeamUp;

/// <summary>One judging criterion of the rubric: a stable id, its weight, its name and a guide for judges in both languages.</summary>
public sealed class RubricCriterion
{
    public string Id { get; set; } = "";

    public double Weight { get; set; }

    public string Ja { get; set; } = "";

    public string En { get; set; } = "";

    public string GuideJa { get; set; } = "";

    public string GuideEn { get; set; } = "";

    public Text Name => new(Ja, En);

    public Text Guide => new(GuideJa, GuideEn);
}
