using System.Globalization;
using Transformation.CareSheets.Model;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using F = Transformation.CareSheets.Model.CareSheetFields;

namespace Transformation.CareSheets.Pages;

/// <summary>The fields of the sheet form, labelled in both languages.</summary>
public static class CareSheetForm
{
    public static readonly Text Title = new("育児・介護シートの提出", "Submit a childcare or caregiving sheet");

    public static readonly IReadOnlyDictionary<string, string?> Defaults = new Dictionary<string, string?>
    {
        [F.FlexTime] = "no",
        [F.ShorterHours] = "no",
    };

    private static readonly IReadOnlyList<Choice> YesNo = [new("yes", new("はい", "Yes")), new("no", new("いいえ", "No"))];

    public static Html Fields(PageForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var kinds = new List<Choice> { new("childcare", new("育児", "Childcare")), new("caregiving", new("介護", "Caregiving")) };
        var levels = new List<Choice> { new("", new("（選択してください）", "(choose)")) };
        levels.AddRange(CareLevels.All.Select(l => new Choice(l.Code, l.Label)));
        var leaves = Html.Join(Enumerable.Range(0, LeaveRowsOf(form)).Select(i => Html.Join(
            form.TextInput(F.LeaveFrom(i), new($"休暇の予定{i + 1}（開始日）", $"Planned leave {i + 1} (from)"), "date"),
            form.TextInput(F.LeaveTo(i), new($"休暇の予定{i + 1}（終了日）", $"Planned leave {i + 1} (to)"), "date"))));
        return Html.Join(
            form.Radios(F.Kind, new("種別", "Kind"), kinds, required: true),
            Section(new("育児の場合", "For childcare"), form.Language),
            form.TextInput(F.ChildBirthYears, new("お子さんの生まれ年（西暦、複数は「、」区切り）", "Children's birth years (comma-separated)")),
            Section(new("介護の場合", "For caregiving"), form.Language),
            form.TextInput(F.RecipientRelationship, new("介護の対象者（続柄）", "Care recipient (relationship)")),
            form.Select(F.CareLevel, new("要介護度", "Care level"), levels),
            Section(new("希望する働き方", "Requested arrangements"), form.Language),
            form.TextInput(F.TeleworkDaysPerWeek, new("テレワーク（週の日数、0〜5）", "Telework days per week (0-5)"), "number"),
            form.Radios(F.FlexTime, new("フレックスタイム", "Flex time"), YesNo),
            form.Radios(F.ShorterHours, new("短時間勤務", "Shorter working hours"), YesNo),
            form.TextInput(F.ShorterDailyHours, new("短時間勤務の1日の勤務時間（時間、例：6）", "Daily hours when shorter (e.g. 6)")),
            form.TextInput(F.OvertimeLimitHours, new("超過勤務の上限（月の時間数、0〜45）", "Overtime limit (hours per month, 0-45)"), "number"),
            leaves,
            form.TextInput(F.TravelLimits, new("出張の制限", "Travel limits")),
            Section(new("期間", "Period"), form.Language),
            form.TextInput(F.PeriodFrom, new("開始日", "From"), "date", required: true),
            form.TextInput(F.PeriodTo, new("終了日", "To"), "date", required: true),
            form.TextArea(F.Note, new("備考", "Note"), rows: 4));
    }

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
            [F.ChildBirthYears] = string.Join(language == Language.Ja ? "、" : ", ", content.ChildBirthYears.Select(y => y.ToString(CultureInfo.InvariantCulture))),
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

    /// <summary>The usual rows, or as many as the values fill (a sheet from the API, or a form posted back), up to the most a sheet takes.</summary>
    private static int LeaveRowsOf(PageForm form)
    {
        var filled = Enumerable.Range(0, CareSheetValidator.MaxLeavePeriods).LastOrDefault(i => form.Value(F.LeaveFrom(i)) is not null || form.Value(F.LeaveTo(i)) is not null, -1) + 1;
        return Math.Max(F.FormLeaveRows, filled);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Html Section(Text title, Language language) => Html.Format($"<h2>{title.In(language)}</h2>");
}
