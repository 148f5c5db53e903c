using System.Globalization;

namespace Transformation.TeamUp.Entries;

/// <summary>Hours a month as the entry pages write them: thousands separated, one decimal at most (1,234.5).</summary>
public static class EntryHours
{
    public static string Format(decimal hours) => hours.ToString("#,0.#", CultureInfo.InvariantCulture);
}
