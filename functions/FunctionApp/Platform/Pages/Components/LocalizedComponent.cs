using Microsoft.AspNetCore.Components;
using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages.Components;

/// <summary>A component that speaks the reader's language: every page and shared part derives from it.</summary>
public abstract class LocalizedComponent : ComponentBase
{
    [Parameter]
    [EditorRequired]
    public Language Language { get; set; }

    /// <summary>The text in the reader's language (the markup encodes it like any other value).</summary>
    protected string T(Text text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.In(Language);
    }
}
