using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.Surveys.Forms;

/// <summary>
/// What a form shows: the values (first the stored ones, after a refused post what was sent, so nothing typed is
/// lost) and the errors found in them, each shown at its field and listed above the form.
/// </summary>
public sealed record FormState(IReadOnlyDictionary<string, string?> Values, IReadOnlyList<FieldError> Errors)
{
    public static FormState Of(IReadOnlyDictionary<string, string?> values) => new(values, []);

    public string? Value(string name) => Values.TryGetValue(name, out var value) ? value : null;

    public Text? ErrorOf(string name) => Errors.FirstOrDefault(e => e.Field == name)?.Message;

    /// <summary>The element id of a field (the error summary links to it).</summary>
    public static string Id(string name) => "f-" + name;

    public static string ErrorId(string name) => Id(name) + "-error";
}
