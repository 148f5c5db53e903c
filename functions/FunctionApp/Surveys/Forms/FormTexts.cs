using Transformation.Platform.Localization;

namespace Transformation.Surveys.Forms;

/// <summary>The texts the survey forms' fields share.</summary>
public static class FormTexts
{
    public static readonly Text SummaryTitle = new("入力内容を確認してください", "Please check the following");
}
