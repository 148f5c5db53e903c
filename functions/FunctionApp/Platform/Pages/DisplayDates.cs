using System.Globalization;
using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages;

/// <summary>Dates as people read them: 2026年11月20日 14:05 / 20 November 2026, 14:05 (already in Japan time).</summary>
public static class DisplayDates
{
    public static string Format(DateTimeOffset local, Language language) =>
        local.ToString(language == Language.En ? "d MMMM yyyy, HH:mm" : "yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The same moment written for both languages, to fill a <see cref="Text"/>'s placeholder.</summary>
    public static Text Both(DateTimeOffset local) => new(Format(local, Language.Ja), Format(local, Language.En));
}
