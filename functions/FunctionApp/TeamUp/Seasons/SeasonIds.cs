using System.Globalization;

namespace Transformation.TeamUp.Seasons;

/// <summary>A season is named by its year ("2027"); its orchestration instance id is derived from it, so a year runs one season.</summary>
public static class SeasonIds
{
    public static string Of(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Instance(string seasonId) => $"team-up-{seasonId}";

    public static bool IsValid(string? seasonId) =>
        seasonId is { Length: 4 } && seasonId.All(char.IsAsciiDigit);
}
