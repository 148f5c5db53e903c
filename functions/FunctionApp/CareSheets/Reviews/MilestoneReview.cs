namespace Transformation.CareSheets.Reviews;

/// <summary>A milestone review of an approved childcare sheet: when it is asked, and the ages the children reach that year.</summary>
public sealed record MilestoneReview(DateTime AtUtc, IReadOnlyList<int> Ages);
