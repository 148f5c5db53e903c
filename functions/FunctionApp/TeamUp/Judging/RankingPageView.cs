using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.TeamUp.Judging;

/// <summary>HR's ranking page: the ranking and its method, the judges' progress, and the awards to confirm or as confirmed.</summary>
/// <param name="Confirmed">The awards were just confirmed (after the redirect).</param>
/// <param name="Ranking">The ranking; null before the ranking step has run.</param>
/// <param name="ProgressDeadline">The judging deadline in Japan time, written for the reader; null when not set.</param>
/// <param name="Decision">The awards HR confirmed; null until then.</param>
/// <param name="Confirm">The form to confirm the awards; null unless the season awaits confirmation.</param>
public sealed record RankingPageView(
    bool Confirmed,
    RankingView? Ranking,
    Text Method,
    ProgressView Progress,
    Text? ProgressDeadline,
    ConfirmedAwards? Decision,
    AwardConfirmForm? Confirm);

/// <summary>The awards as HR confirmed them: when (written for the reader), whether changed from the proposal, the winners.</summary>
public sealed record ConfirmedAwards(Text DecidedAt, bool Adjusted, string Comment, IReadOnlyList<ConfirmedAward> Winners);

/// <summary>One confirmed winner: the award and the division.</summary>
public sealed record ConfirmedAward(string DivisionCode, Text AwardName, string DivisionName);

/// <summary>The confirm form: one select per place in the award order, the divisions to choose from, a comment.</summary>
public sealed record AwardConfirmForm(FormState Form, IReadOnlyList<AwardSlot> Places, IReadOnlyList<Choice> Divisions, CsrfField Csrf);

/// <summary>A place to fill: its field ("order[0]" …) and its label ("1. 最優秀賞").</summary>
public sealed record AwardSlot(string Field, Text Label);
