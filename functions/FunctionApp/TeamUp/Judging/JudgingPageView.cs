using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.TeamUp.Judging;

/// <summary>The judge's page: the worklist, the rubric guide and one scoring form per entry offered.</summary>
/// <param name="Saved">The entry whose scores were just saved (after the redirect).</param>
/// <param name="Deadline">The judging deadline in Japan time, written for the reader; null when not set.</param>
/// <param name="OwnBureau">The judge's own bureau, whose entries are not offered; null when the roster has none.</param>
/// <param name="Entries">Each entry with its form: what was sent after a refusal, else the judge's saved scores.</param>
/// <param name="Scale">The choices of every criterion (1 to 5).</param>
public sealed record JudgingPageView(
    JudgingView Judging,
    JudgingEntryView? Saved,
    Text? Deadline,
    string? OwnBureau,
    IReadOnlyList<JudgingCard> Entries,
    IReadOnlyList<Choice> Scale,
    CsrfField Csrf);

/// <summary>One entry offered to the judge and the form of its scores (its fields named "{division}.{criterion}").</summary>
public sealed record JudgingCard(JudgingEntryView Entry, FormState Form)
{
    public string Prefix => Entry.DivisionCode + ".";
}
