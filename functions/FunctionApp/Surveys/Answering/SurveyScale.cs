using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Surveys.Answering;

/// <summary>The 5-point agreement scale every item is answered on (1 = disagree … 5 = agree).</summary>
public static class SurveyScale
{
    public const int Min = 1;
    public const int Max = 5;

    public static readonly IReadOnlyList<Choice> Choices =
    [
        new("1", new Text("そう思わない", "Disagree")),
        new("2", new Text("あまりそう思わない", "Somewhat disagree")),
        new("3", new Text("どちらともいえない", "Neither agree nor disagree")),
        new("4", new Text("ややそう思う", "Somewhat agree")),
        new("5", new Text("そう思う", "Agree")),
    ];
}
