using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.ThreeSixty.Rating.Completion;

/// <summary>A page link of the completion page (view, bureau, page), in the reader's language.</summary>
public sealed record CompletionLink(string Href, Text Label, bool Current);

/// <summary>
/// HR's completion page: one page of subjects (or raters), filtered by bureau, with the round's overall counts.
/// Only one of <see cref="Subjects"/> and <see cref="Raters"/> is filled, as <see cref="ByRater"/> says.
/// </summary>
public sealed record RatingCompletionView(
    string RoundId,
    bool Open,
    bool ByRater,
    string Action,
    IReadOnlyList<Choice> Bureaus,
    string Bureau,
    IReadOnlyList<CompletionLink> Views,
    int RatersInvited,
    int RatersFinished,
    int AssignmentsInvited,
    int AssignmentsSubmitted,
    IReadOnlyList<SubjectCompletion> Subjects,
    IReadOnlyList<RaterCompletion> Raters,
    int Total,
    int Page,
    int Pages,
    string? PreviousHref,
    string? NextHref);
