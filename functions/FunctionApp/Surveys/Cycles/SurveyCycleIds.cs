using System.Globalization;
using System.Text.RegularExpressions;

namespace Transformation.Surveys.Cycles;

/// <summary>
/// Cycle ids and the ids derived from them. One cycle a year: the cycle id is the year ("2026"); any id is letters,
/// digits and hyphens, because it goes into table keys and into survey links as it is, and the link format uses '.'
/// to separate it from the rest. The cycle's orchestration instance id is derived from it, so a second launch finds
/// the first; each phase runs as a sub-orchestration with an id of its own.
/// </summary>
public static partial class SurveyCycleIds
{
    private const string InstancePrefix = "survey-cycle-";

    public static bool IsValid(string? cycleId) => cycleId is not null && Pattern().IsMatch(cycleId);

    public static void ThrowIfInvalid(string cycleId)
    {
        if (!IsValid(cycleId))
        {
            throw new ArgumentException($"A survey cycle id is 1 to 40 letters, digits or hyphens (got '{cycleId}').", nameof(cycleId));
        }
    }

    public static string OfYear(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The cycle's orchestration instance.</summary>
    public static string Instance(string cycleId) => InstancePrefix + cycleId;

    /// <summary>The sub-orchestration instance of one phase of the cycle.</summary>
    public static string Phase(string cycleId, string phase) => Instance(cycleId) + ":" + phase;

    /// <summary>The cycle of the year before (whose results give the change from last year), when the id is a year.</summary>
    public static string? Previous(string cycleId) =>
        int.TryParse(cycleId, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? OfYear(year - 1) : null;

    [GeneratedRegex("^[A-Za-z0-9-]{1,40}$")]
    private static partial Regex Pattern();
}
