using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Questionnaire;

namespace Transformation.ThreeSixty.Rating.Pages;

/// <summary>One row of a rater's list: a subject, as whom they rate them, and how far they are.</summary>
public sealed record RatingListRow(string Href, string Name, string Division, RaterGroup Group, SubjectState State);

/// <summary>The rater's list: every subject they rate on one page, the deadline, and a notice after a submission.</summary>
public sealed record RatingListView(IReadOnlyList<RatingListRow> Rows, Text Deadline, bool JustSubmitted)
{
    public bool AllSubmitted => Rows.All(r => r.State == SubjectState.Submitted);
}

/// <summary>
/// The form for one subject: the questionnaire by category, a 5-point scale with "cannot judge" for each item, the
/// two comments, Save draft / Submit. <paramref name="Submitted"/>: already submitted, so only that is said.
/// </summary>
/// <param name="Action">Where the form posts: the token-less page address, keeping the reader's language.</param>
/// <param name="LinkPage">Names the link the page was shown for (never the token itself).</param>
public sealed record RatingFormView(
    string Action,
    string ListHref,
    CsrfField Csrf,
    string LinkPage,
    Text Heading,
    Text Deadline,
    IReadOnlyList<RatingCategory> Categories,
    FormState Form,
    int MaxCommentLength,
    bool Saved,
    bool Submitted,
    bool SupervisorShown)
{
    public static IReadOnlyList<Choice> Scale { get; } =
    [
        new("1", ThreeSixtyRatingTexts.Scale1),
        new("2", ThreeSixtyRatingTexts.Scale2),
        new("3", ThreeSixtyRatingTexts.Scale3),
        new("4", ThreeSixtyRatingTexts.Scale4),
        new("5", ThreeSixtyRatingTexts.Scale5),
        new(RatingRules.CannotJudge, ThreeSixtyRatingTexts.CannotJudge),
    ];
}
