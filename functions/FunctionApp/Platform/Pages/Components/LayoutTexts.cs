using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages.Components;

/// <summary>The texts of the frame around every page.</summary>
public static class LayoutTexts
{
    public static readonly Text ProgrammeName = new("組織改革", "Organisational transformation");
    public static readonly Text Menu = new("メニュー", "Menu");
    public static readonly Text SkipToContent = new("本文へ移動", "Skip to content");
}
