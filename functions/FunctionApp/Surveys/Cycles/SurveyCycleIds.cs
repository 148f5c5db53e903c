using System.Text.RegularExpressions;

namespace Transformation.Surveys.Cycles;

/// <summary>
/// Cycle ids (e.g. "2026") are letters, digits and hyphens: they go into table keys and into survey links
/// as they are, and the link format uses '.' to separate them from the rest.
/// </summary>
public static partial class SurveyCycleIds
{
    public static bool IsValid(string? cycleId) => cycleId is not null && Pattern().IsMatch(cycleId);

    public static void ThrowIfInvalid(string cycleId)
    {
        if (!IsValid(cycleId))
        {
            throw new ArgumentException($"A survey cycle id is 1 to 40 letters, digits or hyphens (got '{cycleId}').", nameof(cycleId));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,40}$")]
    private static partial Regex Pattern();
}
