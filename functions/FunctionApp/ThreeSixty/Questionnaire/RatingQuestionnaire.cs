using Transformation.Platform.Localization;

namespace Transformation.ThreeSixty.Questionnaire;

/// <summary>
/// One version of the 360 questionnaire: about 20 statements about the subject's management in five categories,
/// each rated 1 (not at all) to 5 (very much so) or "cannot judge". Item ids stay the same across years, so a
/// subject's report compares with last year's; a changed statement gets a new id.
/// </summary>
public sealed record RatingQuestionnaire(string Version, IReadOnlyList<RatingCategory> Categories)
{
    public IEnumerable<RatingItem> Items => Categories.SelectMany(c => c.Items);
}

/// <summary>A category: vision, development, communication, management or workstyle.</summary>
public sealed record RatingCategory(string Id, Text Name, IReadOnlyList<RatingItem> Items);

/// <summary>One statement about the subject, rated on the 5-point scale.</summary>
public sealed record RatingItem(string Id, string CategoryId, Text Statement);
