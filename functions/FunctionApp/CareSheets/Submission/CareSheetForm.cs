using System.Globalization;
using Transformation.CareSheets.Sheets;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using F = Transformation.CareSheets.Sheets.CareSheetFields;

namespace Transformation.CareSheets.Submission;

/// <summary>The sheet form's choices and values: its defaults, and the values a sheet's content fills it with.</summary>
public static class CareSheetForm
{
    public static readonly IReadOnlyDictionary<string, string?> Defaults = new Dictionary<string, string?>
    {
        [F.FlexTime] = "no",
        [F.ShorterHours] = "no",
    };

    public static readonly IReadOnlyList<Choice> YesNo =
        [new("yes", CareSheetSubmissionTexts.Yes), new("no", CareSheetSubmissionTexts.No)];

    public static readonly IReadOnlyList<Choice> Kinds =
        [new("childcare", CareSheetSubmissionTexts.Childcare), new("caregiving", CareSheetSubmissionTexts.Caregiving)];

    /// <summary>The care levels, after a first choice that leaves the level unset.</summary>
    public static readonly IReadOnlyList<Choice> Levels =
        [new("", CareSheetSubmissionTexts.Choose), .. CareLevels.All.Select(l => new Choice(l.Code, l.Label))];

    /// <summary>
    /// The form's values for a sheet's content, so a revision starts from what the current version says.
    /// Every leave period gets a row (the API takes more than the new form offers), none is lost on saving.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ValuesOf(CareSheetContent content, Language language)
    {
        ArgumentNullException.ThrowIfNull(content);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [F.Kind] = content.Kind == CareSheetKind.Childcare ? "childcare" : "caregiving",
            [F.ChildBirthYears] = string.Join(
                language == Language.Ja ? "、" : ", ", content.ChildBirthYears.Select(y => y.ToString(CultureInfo.InvariantCulture))),
            [F.RecipientRelationship] = content.RecipientRelationship,
            [F.CareLevel] = content.CareLevel ?? "",
            [F.TeleworkDaysPerWeek] = content.TeleworkDaysPerWeek?.ToString(CultureInfo.InvariantCulture),
            [F.FlexTime] = content.FlexTime ? "yes" : "no",
            [F.ShorterHours] = content.ShorterDailyHours is null ? "no" : "yes",
            [F.ShorterDailyHours] = content.ShorterDailyHours?.ToString("0.##", CultureInfo.InvariantCulture),
            [F.OvertimeLimitHours] = content.OvertimeLimitHours?.ToString(CultureInfo.InvariantCulture),
            [F.TravelLimits] = content.TravelLimits,
            [F.PeriodFrom] = Iso(content.PeriodFrom),
            [F.PeriodTo] = Iso(content.PeriodTo),
            [F.Note] = content.Note,
        };
        foreach (var (leave, i) in content.LeavePeriods.Select((l, i) => (l, i)))
        {
            values[F.LeaveFrom(i)] = Iso(leave.From);
            values[F.LeaveTo(i)] = Iso(leave.To);
        }

        return values;
    }

    /// <summary>
    /// The usual rows, or as many as the values fill (a sheet from the API, or a form posted back), up to the most a sheet takes.
    /// </summary>
    public static int LeaveRowsOf(FormState form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var filled = Enumerable.Range(0, CareSheetValidator.MaxLeavePeriods)
            .LastOrDefault(i => form.Value(F.LeaveFrom(i)) is not null || form.Value(F.LeaveTo(i)) is not null, -1) + 1;
        return Math.Max(F.FormLeaveRows, filled);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
