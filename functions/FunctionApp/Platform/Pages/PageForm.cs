using Microsoft.AspNetCore.Http;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages;

/// <summary>
/// Renders the fields of one form in one language. It knows the values to show (first the defaults,
/// after a failed POST what was sent, so nothing typed is lost) and each field's error, which it
/// writes right under the field and links to it for screen readers.
/// </summary>
public sealed class PageForm
{
    private static readonly Text RequiredMark = new("必須", "required");
    private static readonly Text SummaryTitle = new("入力内容を確認してください", "Please check the following");

    private readonly IReadOnlyDictionary<string, string?> _values;
    private readonly IReadOnlyList<FieldError> _errors;

    public PageForm(Language language, IReadOnlyDictionary<string, string?>? values = null, IReadOnlyList<FieldError>? errors = null)
    {
        Language = language;
        _values = values ?? new Dictionary<string, string?>();
        _errors = errors ?? [];
    }

    public Language Language { get; }

    public bool HasErrors => _errors.Count > 0;

    /// <summary>The form again after a POST: the values as sent, with the errors found in them.</summary>
    public static PageForm FromPost(Language language, IFormCollection form, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = form.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);
        return new PageForm(language, values, errors);
    }

    public string? Value(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public Text? ErrorOf(string name) => _errors.FirstOrDefault(e => e.Field == name)?.Message;

    public Html TextInput(string name, Text label, string type = "text", bool required = false)
    {
        var (attributes, error) = Describe(name);
        return Field(
            Label(name, label, required),
            Html.Format($"""<input type="{type}" id="{Id(name)}" name="{name}" value="{Value(name)}"{attributes}>"""),
            error);
    }

    public Html TextArea(string name, Text label, int rows = 4, bool required = false)
    {
        var (attributes, error) = Describe(name);
        return Field(
            Label(name, label, required),
            Html.Format($"""<textarea id="{Id(name)}" name="{name}" rows="{rows}"{attributes}>{Value(name)}</textarea>"""),
            error);
    }

    public Html Select(string name, Text label, IReadOnlyList<Choice> choices, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var (attributes, error) = Describe(name);
        var current = Value(name);
        var options = Html.Join(choices.Select(c => Html.Format(
            $"""<option value="{c.Value}"{Selected(c.Value == current, "selected")}>{c.Label.In(Language)}</option>""")));
        return Field(Label(name, label, required), Html.Format($"""<select id="{Id(name)}" name="{name}"{attributes}>{options}</select>"""), error);
    }

    /// <summary>A group of radio buttons in a fieldset, its legend the question (e.g. a 5-point scale).</summary>
    public Html Radios(string name, Text legend, IReadOnlyList<Choice> choices, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(legend);
        ArgumentNullException.ThrowIfNull(choices);
        var (attributes, error) = Describe(name);
        var current = Value(name);
        var buttons = Html.Join(choices.Select((c, i) => Html.Join(
            Html.Format($"""<label for="{Id(name)}-{i}">"""),
            Html.Format($"""<input type="radio" id="{Id(name)}-{i}" name="{name}" value="{c.Value}"{Selected(c.Value == current, "checked")}>"""),
            Html.Format($""" {c.Label.In(Language)}</label>"""))));
        var mark = required ? Html.Format($" <small>（{RequiredMark.In(Language)}）</small>") : Html.Empty;
        return Html.Format($"""
            <div class="field"><fieldset{attributes}><legend>{legend.In(Language)}{mark}</legend>{buttons}</fieldset>{error}</div>
            """);
    }

    /// <summary>A list of every error at the top of the form, each linking to its field.</summary>
    public Html ErrorSummary()
    {
        if (_errors.Count == 0)
        {
            return Html.Empty;
        }

        var items = Html.Join(_errors.Select(e => Html.Format($"""<li><a href="#{Id(e.Field)}">{e.Message.In(Language)}</a></li>""")));
        return Html.Format($"""<div class="summary" role="alert"><p class="error">{SummaryTitle.In(Language)}</p><ul>{items}</ul></div>""");
    }

    /// <summary>
    /// The form element: the error summary, the anti-forgery field, the fields and the submit button.
    /// Without <paramref name="action"/> it posts back to the address it was shown at (keeping ?lang=).
    /// </summary>
    public Html Form(Html antiforgeryField, Html fields, Text submitLabel, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(submitLabel);
        var actionAttribute = action is null ? Html.Empty : Html.Format($" action=\"{action}\"");
        return Html.Format($"""
            <form method="post"{actionAttribute}>
            {ErrorSummary()}
            {antiforgeryField}
            {fields}
            <button type="submit">{submitLabel.In(Language)}</button>
            </form>
            """);
    }

    private static string Id(string name) => "f-" + name;

    private static Html Selected(bool on, string attribute) => on ? Html.Raw(" " + attribute) : Html.Empty;

    private Html Label(string name, Text label, bool required)
    {
        ArgumentNullException.ThrowIfNull(label);
        var mark = required ? Html.Format($" <small>（{RequiredMark.In(Language)}）</small>") : Html.Empty;
        return Html.Format($"""<label for="{Id(name)}">{label.In(Language)}{mark}</label>""");
    }

    /// <summary>The aria attributes and the message element of a field with an error, or nothing.</summary>
    private (Html Attributes, Html Error) Describe(string name)
    {
        var error = ErrorOf(name);
        if (error is null)
        {
            return (Html.Empty, Html.Empty);
        }

        var errorId = Id(name) + "-error";
        return (Html.Format($" aria-invalid=\"true\" aria-describedby=\"{errorId}\""),
            Html.Format($"""<p class="error" id="{errorId}">{error.In(Language)}</p>"""));
    }

    private static Html Field(Html label, Html control, Html error) =>
        Html.Format($"""<div class="field">{label}{control}{error}</div>""");
}
