using Transformation.Platform.Localization;

namespace Transformation.CareSheets.Sheets;

/// <summary>The care levels of the long-term care insurance: 要支援1-2, 要介護1-5.</summary>
public static class CareLevels
{
    public static readonly IReadOnlyList<(string Code, Text Label)> All =
    [
        ("support1", new("要支援1", "Support level 1")),
        ("support2", new("要支援2", "Support level 2")),
        ("care1", new("要介護1", "Care level 1")),
        ("care2", new("要介護2", "Care level 2")),
        ("care3", new("要介護3", "Care level 3")),
        ("care4", new("要介護4", "Care level 4")),
        ("care5", new("要介護5", "Care level 5")),
    ];

    /// <summary>The code for a code or a Japanese label (要介護２ with a full-width digit too), or null.</summary>
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim().Normalize(System.Text.NormalizationForm.FormKC);
        var found = All.FirstOrDefault(l => string.Equals(l.Code, text, StringComparison.OrdinalIgnoreCase) || l.Label.Ja == text);
        return found.Code;
    }

    public static Text LabelOf(string? code) => All.FirstOrDefault(l => l.Code == code).Label ?? new Text("", "");
}
