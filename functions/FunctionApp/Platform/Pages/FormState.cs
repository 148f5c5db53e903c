using Microsoft.AspNetCore.Http;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages;

/// <summary>
/// What a form shows: first the defaults, after a failed POST what was sent (so nothing typed is lost), and each
/// field's error, which the field components write right under the field and link to it for screen readers.
/// </summary>
public sealed record FormState(IReadOnlyDictionary<string, string?> Values, IReadOnlyList<FieldError> Errors)
{
    public static FormState Empty { get; } = new(new Dictionary<string, string?>(), []);

    public static FormState Of(IReadOnlyDictionary<string, string?> values) => new(values, []);

    /// <summary>The form again after a POST: the values as sent, with the errors found in them.</summary>
    public static FormState FromPost(IFormCollection form, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal), errors);
    }

    public string? Value(string name) => Values.TryGetValue(name, out var value) ? value : null;

    public Text? ErrorOf(string name) => Errors.FirstOrDefault(e => e.Field == name)?.Message;

    /// <summary>The element id of a field (the error summary links to it).</summary>
    public static string Id(string name) => "f-" + name;

    /// <summary>The element id of a field's error message (the field is described by it).</summary>
    public string? ErrorId(string name) => ErrorOf(name) is null ? null : Id(name) + "-error";
}
