using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Pages;

/// <summary>One page of the survey: one category's statements and its comment, for the link the cookie holds.</summary>
/// <param name="Action">Where the form posts: the token-less page address, keeping the reader's language.</param>
/// <param name="LinkPage">Names the link the page was shown for (never the token itself).</param>
/// <param name="Step">This page's number, from 1.</param>
/// <param name="Deadline">When answering closes, written for the reader in Japan time.</param>
/// <param name="Form">The draft, or what was just sent, and what is wrong with it.</param>
/// <param name="Saved">The draft was just saved (after the redirect).</param>
/// <param name="Unanswered">Statements of the whole survey still unanswered (shown on the last page).</param>
public sealed record SurveyAnswerPageView(
    string Action,
    CsrfField Csrf,
    string LinkPage,
    SurveyCategory Category,
    int Step,
    int Steps,
    Text Deadline,
    FormState Form,
    bool Saved,
    int Unanswered)
{
    public bool IsFirst => Step == 1;

    public bool IsLast => Step == Steps;
}

/// <summary>The page after the one submission: nothing to show but the thanks and how the answers are used.</summary>
public sealed record SurveyThanksView;
