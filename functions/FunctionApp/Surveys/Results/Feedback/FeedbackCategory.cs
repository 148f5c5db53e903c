namespace Transformation.Surveys.Results.Feedback;

/// <summary>A category on a feedback sheet: its pooled score (with rank) and each of its items.</summary>
public sealed record FeedbackCategory(FeedbackRow Score, IReadOnlyList<FeedbackRow> Items);
