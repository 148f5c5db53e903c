using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Forms;

/// <summary>The texts every Team-Up form shares: the mark of a required field and the heading of the error summary.</summary>
public static class TeamUpFormTexts
{
    public static readonly Text Required = new("必須", "required");
    public static readonly Text SummaryTitle = new("入力内容を確認してください", "Please check the following");
}
