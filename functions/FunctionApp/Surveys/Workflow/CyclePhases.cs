using Transformation.Surveys.Plans;

namespace Transformation.Surveys.Workflow;

/// <summary>
/// The phases of a cycle as GET /api/surveys/cycles/{cycleId} shows them. The orchestration's custom status names
/// phases 1–7; after the results mail it says "following-up" until the follow-through ends at mid-term (about nine
/// months later) and then "published". HR needs to know more than that, so <see cref="Shown"/> tells the phases
/// after publication apart from the follow-through's stored schedule and the clock.
/// </summary>
public static class CyclePhases
{
    public const string Inviting = "inviting";
    public const string Answering = "answering";
    public const string Aggregating = "aggregating";
    public const string Publishing = "publishing";

    /// <summary>Results published and mailed to all staff; feedback sheets not yet sent to heads.</summary>
    public const string Published = "published";

    /// <summary>Sheets sent; heads write their improvement plans until the plan deadline.</summary>
    public const string Planning = "planning";

    /// <summary>Past the plan deadline (late plans escalated); plans carried out until the mid-term progress request.</summary>
    public const string FollowingUp = "following-up";

    /// <summary>The cycle's workflow has ended: progress was asked at mid-term; the effect is read with next year's results.</summary>
    public const string Complete = "complete";

    /// <summary>Sub-orchestration suffixes.</summary>
    public const string InviteStep = "invite";
    public const string AnswerStep = "answer";
    public const string AggregateStep = "aggregate";
    public const string PublishStep = "publish";

    /// <summary>The phase to show HR.</summary>
    /// <param name="status">The phase in the orchestration's custom status (null before it set one).</param>
    /// <param name="ended">The cycle's orchestration has completed.</param>
    /// <param name="schedule">The follow-through's schedule, stored when the sheets went out; null before.</param>
    public static string? Shown(string? status, bool ended, FollowThroughSchedule? schedule, DateTimeOffset now)
    {
        if (status is not (FollowingUp or Published))
        {
            return status;
        }

        if (ended)
        {
            return Complete;
        }

        if (schedule is null)
        {
            return Published;
        }

        return now < schedule.Deadline ? Planning : FollowingUp;
    }
}
