namespace Transformation.Surveys.Plans;

/// <summary>The JSON body of POST .../progress: <c>{ "actions": [{ "action": 0, "status": "in-progress", "note": "..." }] }</c>.</summary>
public sealed record ProgressRequest(IReadOnlyList<ProgressItemRequest>? Actions);
