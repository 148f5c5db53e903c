using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages.Components;

/// <summary>One entry of the header menu: a page the reader may use.</summary>
public sealed record MenuLink(Text Label, string Href);
