using System.Globalization;
using System.Text.RegularExpressions;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>
/// Round ids: one round a year, its id the year ("2026"); letters, digits and hyphens only, since the id goes into
/// table keys and links as it is. The orchestration instance id is derived from it, so a second start finds the first.
/// </summary>
public static partial class RoundIds
{
    private const string InstancePrefix = "three-sixty-";

    public static bool IsValid(string? roundId) => roundId is not null && Pattern().IsMatch(roundId);

    public static string OfYear(int year) => year.ToString(CultureInfo.InvariantCulture);

    public static string Instance(string roundId) => InstancePrefix + roundId;

    /// <summary>The round of the year before (its reports give "last year"), when the id is a year.</summary>
    public static string? Previous(string roundId) =>
        int.TryParse(roundId, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? OfYear(year - 1) : null;

    [GeneratedRegex("^[A-Za-z0-9-]{1,40}$")]
    private static partial Regex Pattern();
}
