using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Transformation.Platform.Pages.Components;

/// <summary>
/// Renders a component to an HTML string with the framework's static <see cref="HtmlRenderer"/>: no Blazor runtime,
/// no script, every value encoded. Components get everything they show as parameters (a view record built by the
/// function), never services, so they render synchronously and the answer is complete when this returns.
/// </summary>
public static class ComponentHtml
{
    // The renderer encodes with the HtmlEncoder it finds here: ours, which leaves Japanese readable.
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton<HtmlEncoder>(Html.Encoder)
        .BuildServiceProvider();

    public static string Render<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        var rendering = renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        if (!rendering.IsCompletedSuccessfully)
        {
            // A component that awaits something would make the page depend on timing; the view must be built first.
            throw rendering.Exception?.InnerException ?? new InvalidOperationException($"{typeof(TComponent).Name} did not render synchronously.");
        }

        return rendering.Result;
    }

    /// <summary>A fragment that writes markup already made safe by <see cref="Html"/> (pages not yet written as components).</summary>
    public static RenderFragment Fragment(Html html) => builder => builder.AddMarkupContent(0, html?.ToString());
}
