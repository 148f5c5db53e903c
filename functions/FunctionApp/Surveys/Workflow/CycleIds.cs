using System.Globalization;

namespace Transformation.Surveys.Workflow;

/// <summary>
/// One cycle a year: the cycle id is the year ("2026") and the orchestration's instance id is derived from it,
/// so a second launch finds the first. Each phase runs as a sub-orchestration with an id of its own.
/// </summary>
public static class CycleIds
{
    public const string Prefix = "survey-cycle-";

    public static string CycleId(int year) => year.ToString(CultureInfo.InvariantCulture);

    public static string Instance(string cycleId) => Prefix + cycleId;

    public static string Phase(string cycleId, string phase) => Instance(cycleId) + ":" + phase;

    /// <summary>The cycle of the year before (whose results give the change from last year), when the id is a year.</summary>
    public static string? Previous(string cycleId) =>
        int.TryParse(cycleId, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? CycleId(year - 1) : null;
}
