namespace Transformation.Surveys.Plans;

/// <summary>
/// Starts phases 8–10 of a cycle whose results are stored: feedback sheets to division heads, improvement
/// plans (カイゼン策) with reminders and escalation, and the mid-term progress request.
/// </summary>
/// <param name="CycleId">The cycle whose results were stored (SurveyResultsStore).</param>
/// <param name="RosterSnapshotId">The roster snapshot the cycle started with: division heads and bureaus come from it.</param>
public sealed record SurveyFollowThroughInput(string CycleId, string RosterSnapshotId)
{
    /// <summary>One follow-through per cycle: starting it again finds the running one.</summary>
    public static string InstanceId(string cycleId) => $"survey-follow-through-{cycleId}";
}
