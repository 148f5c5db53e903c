using Transformation.Platform.Localization;

namespace Transformation.Surveys.Results.Feedback;

/// <summary>The comments of one category on a feedback sheet, in their published order (which says nothing about who wrote them).</summary>
public sealed record FeedbackComments(string CategoryId, Text Category, IReadOnlyList<string> Comments);
