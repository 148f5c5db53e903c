using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages.Components;

/// <summary>The texts every form's fields share: the mark of a required field and the heading of the error summary.</summary>
public static class FormTexts
{
    public static readonly Text Required = new("必須", "required");
    public static readonly Text CheckTheFollowing = new("入力内容を確認してください", "Please check the following");
}
