namespace Transformation.Surveys.Workflow;

/// <summary>The phase names the orchestration shows in its custom status (and GET /api/surveys/cycles/{cycleId}).</summary>
public static class CyclePhases
{
    public const string Inviting = "inviting";
    public const string Answering = "answering";
    public const string Aggregating = "aggregating";
    public const string Publishing = "publishing";
    public const string Published = "published";

    /// <summary>Phases 8–10: feedback sheets delivered, improvement plans, follow-up (Surveys/Plans).</summary>
    public const string FollowingUp = "following-up";

    /// <summary>Sub-orchestration suffixes.</summary>
    public const string InviteStep = "invite";
    public const string AnswerStep = "answer";
    public const string AggregateStep = "aggregate";
    public const string PublishStep = "publish";
}
