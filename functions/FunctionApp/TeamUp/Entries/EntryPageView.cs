using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.TeamUp.Entries;

/// <summary>A division's entry page: the form for its head until the deadline, else the entry to read.</summary>
/// <param name="Entry">The entry as stored (or not started), with whether this reader may still change it.</param>
/// <param name="EntryDeadline">The deadline in Japan time, written for the reader.</param>
/// <param name="Notice">What the last save did, or why it was refused (<paramref name="Refused"/>).</param>
/// <param name="Form">The values and errors the form shows (what was typed, after a refused save).</param>
/// <param name="Csrf">The anti-forgery pair of the form; null when the entry is read-only.</param>
/// <param name="StopRows">How many rows of work to stop the form offers.</param>
/// <param name="InitiativeRows">How many rows of team initiatives the form offers.</param>
public sealed record EntryPageView(
    EntryView Entry,
    Text EntryDeadline,
    Text? Notice,
    bool Refused,
    FormState Form,
    CsrfField? Csrf,
    int StopRows,
    int InitiativeRows);

/// <summary>Where the entries of the divisions the reader may follow stand (HR: all; a coordinator: their bureau).</summary>
/// <param name="EntryDeadline">The deadline in Japan time, written for the reader.</param>
/// <param name="Divisions">Each division, with its last change and submission written for the reader.</param>
public sealed record CompletionPageView(
    CompletionView Completion, Text EntryDeadline, IReadOnlyList<CompletionDivision> Divisions);

/// <summary>One division in the completion page, its times already in Japan time (null: never).</summary>
public sealed record CompletionDivision(CompletionRow Row, Text? UpdatedAt, Text? SubmittedAt);
