using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Overtime.Designations;

/// <summary>HR's designations page: the board (null before any roster), the set form, and what was just done or refused.</summary>
/// <param name="FileErrors">The errors of an uploaded file, each with its line (nothing was written).</param>
public sealed record DesignationsPageView(
    CsrfField Csrf,
    DesignationBoard? Board,
    FormState Form,
    Text? Notice = null,
    Text? Problem = null,
    IReadOnlyList<FieldError>? FileErrors = null)
{
    public IReadOnlyList<Choice> Kinds { get; } =
    [
        new(DesignationNames.Ordinary, DesignationTexts.Ordinary),
        new(DesignationNames.OtherDirected, DesignationTexts.OtherDirected),
    ];

    public IReadOnlyList<Choice> Divisions => Board is null ? [] :
        [.. Board.Divisions.Select(d => new Choice(d.Division.Code,
            new Text($"{d.Division.BureauName} {d.Division.Name}（{d.Division.Code}）",
                $"{d.Division.BureauName} {d.Division.Name} ({d.Division.Code})")))];
}
