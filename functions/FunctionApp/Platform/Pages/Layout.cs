using Microsoft.AspNetCore.Components;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages.Components;

namespace Transformation.Platform.Pages;

/// <summary>The frame of every page (<see cref="PageDocument"/>): language, viewport, the stylesheet, the header with its menu.</summary>
public static class Layout
{
    public static readonly Text ProgrammeName = LayoutTexts.ProgrammeName;

    /// <summary>A whole HTML5 document around <paramref name="body"/>.</summary>
    /// <param name="switchHref">Where the language switch points: this page in the other language.</param>
    /// <param name="menu">The pages the reader may use, for the header.</param>
    public static string Render(Language language, string title, RenderFragment body, string switchHref, IReadOnlyList<MenuLink>? menu = null) =>
        ComponentHtml.Render<PageDocument>(new Dictionary<string, object?>
        {
            [nameof(PageDocument.Language)] = language,
            [nameof(PageDocument.Title)] = title,
            [nameof(PageDocument.SwitchHref)] = switchHref,
            [nameof(PageDocument.Menu)] = menu ?? [],
            [nameof(PageDocument.Body)] = body,
        });
}
