using Microsoft.AspNetCore.Http;
using Transformation.Platform.Http;

namespace Transformation.TeamUp.Forms;

/// <summary>
/// The state of one form on a Team-Up page: the values to show (first the stored ones, after a refused POST what was
/// sent, so nothing typed is lost) and each field's error. The field components write it as markup.
/// </summary>
public sealed record TeamUpForm(IReadOnlyDictionary<string, string?> Values, IReadOnlyList<FieldError> Errors)
{
    public TeamUpForm(IReadOnlyDictionary<string, string?> values)
        : this(values, [])
    {
    }

    /// <summary>The form again after a POST: the values as sent, with the errors found in them.</summary>
    public static TeamUpForm FromPost(IFormCollection form, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = form.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);
        return new TeamUpForm(values, errors);
    }

    public string? Value(string name) => Values.TryGetValue(name, out var value) ? value : null;

    public FieldError? ErrorOf(string name) => Errors.FirstOrDefault(e => e.Field == name);

    /// <summary>The id of a field's control (the error summary links to it).</summary>
    public static string Id(string name) => "f-" + name;

    /// <summary>The id of the message under a field with an error (the control is described by it).</summary>
    public static string ErrorId(string name) => Id(name) + "-error";
}
