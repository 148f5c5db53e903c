namespace Transformation.Surveys.Workflow;

/// <summary>A cycle as HR sees it: where it stands and how many have answered so far.</summary>
public sealed record CycleView(
    string CycleId,
    string InstanceId,
    string RuntimeStatus,
    string? Phase,
    DateTimeOffset? ClosesAt,
    DateTimeOffset? ClosedAt,
    int Invited,
    int Submitted,
    double ResponseRate);
