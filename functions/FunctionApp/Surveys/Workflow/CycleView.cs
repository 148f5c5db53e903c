namespace Transformation.Surveys.Workflow;

/// <summary>A cycle as HR sees it: where it stands and how many have answered so far.</summary>
/// <param name="Phase">One of <see cref="CyclePhases"/>: inviting, answering, aggregating, publishing, published,
/// planning, following-up, complete.</param>
/// <param name="PlansDueAt">The improvement plans' deadline, once the feedback sheets have gone out.</param>
/// <param name="MidTermAt">When heads are asked for mid-term progress, once the feedback sheets have gone out.</param>
public sealed record CycleView(
    string CycleId,
    string InstanceId,
    string RuntimeStatus,
    string? Phase,
    DateTimeOffset? ClosesAt,
    DateTimeOffset? ClosedAt,
    int Invited,
    int Submitted,
    double ResponseRate,
    DateTimeOffset? PlansDueAt,
    DateTimeOffset? MidTermAt);
