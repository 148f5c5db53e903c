using System.Globalization;
using System.Text;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using F = Transformation.CareSheets.Sheets.CareSheetFields;

namespace Transformation.CareSheets.Sheets;

/// <summary>
/// The rules of a sheet. Everything is checked and every mistake reported at once, each on its field.
/// Numbers and dates may be typed with full-width digits (NFKC), as Japanese input methods often do.
/// </summary>
public static class CareSheetValidator
{
    public const int MaxChildren = 10;
    public const int MaxLeavePeriods = 5;
    public const int MaxRelationshipLength = 50;
    public const int MaxTravelLimitsLength = 200;
    public const int MaxNoteLength = 1000;
    public const int MaxOvertimeHours = 45;
    public const decimal FullDayHours = 7.75m;
    public const int MaxPeriodDays = 3 * 366;

    public static CareSheetValidation Validate(CareSheetInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        void Error(string field, string ja, string en) => errors.Add(new FieldError(field, new Text(ja, en)));

        var kind = Normal(input.Kind)?.ToLowerInvariant() switch
        {
            "childcare" or "育児" => CareSheetKind.Childcare,
            "caregiving" or "介護" => CareSheetKind.Caregiving,
            null => Required(F.Kind),
            _ => Invalid(F.Kind, "種別は育児または介護を選んでください。", "Choose childcare or caregiving."),
        };

        var years = new List<int>();
        string? relationship = null;
        string? careLevel = null;
        if (kind == CareSheetKind.Childcare)
        {
            var given = (input.ChildBirthYears ?? []).Select(Normal).Where(y => y is not null).ToList();
            if (given.Count == 0)
            {
                Error(F.ChildBirthYears, "お子さんの生まれ年を入力してください。", "Enter the birth year of each child.");
            }
            else if (given.Count > MaxChildren)
            {
                Error(F.ChildBirthYears, $"お子さんは{MaxChildren}人まで入力できます。", $"Enter at most {MaxChildren} children.");
            }
            else
            {
                foreach (var text in given)
                {
                    // A child up to 22 (school years) or expected next year.
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture,
                        out var year) || year < today.Year - 22 || year > today.Year + 1)
                    {
                        Error(F.ChildBirthYears, $"生まれ年は{today.Year - 22}年から{today.Year + 1}年までの西暦で入力してください（「{text}」）。",
                            $"Birth years must be between {today.Year - 22} and {today.Year + 1} (\"{text}\").");
                        break;
                    }

                    years.Add(year);
                }
            }
        }
        else if (kind == CareSheetKind.Caregiving)
        {
            relationship = Text(input.RecipientRelationship, F.RecipientRelationship, MaxRelationshipLength, required: true, errors);
            careLevel = CareLevels.Normalise(input.CareLevel);
            if (Normal(input.CareLevel) is null)
            {
                Error(F.CareLevel, "要介護度を選んでください。", "Choose the care level.");
            }
            else if (careLevel is null)
            {
                Error(F.CareLevel, "要介護度は要支援1〜2・要介護1〜5から選んでください。", "The care level must be support 1-2 or care 1-5.");
            }
        }

        var telework = Whole(input.TeleworkDaysPerWeek, F.TeleworkDaysPerWeek, 0, 5, "テレワーク日数（週）", "Telework days per week", errors);
        var flex = YesNo(input.FlexTime, F.FlexTime, errors) ?? false;
        var shorter = YesNo(input.ShorterHours, F.ShorterHours, errors) ?? false;
        decimal? dailyHours = null;
        if (shorter)
        {
            var text = Normal(input.ShorterDailyHours);
            if (text is null)
            {
                Error(F.ShorterDailyHours, "短時間勤務の1日の勤務時間を入力してください。", "Enter the daily hours of the shorter working hours.");
            }
            else if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
                out var hours) || hours < 1 || hours >= FullDayHours || hours * 4 != decimal.Truncate(hours * 4))
            {
                Error(F.ShorterDailyHours, "1日の勤務時間は1時間以上7.75時間未満で、15分（0.25時間）単位で入力してください。",
                    "Daily hours must be at least 1 and under 7.75, in quarter hours (0.25).");
            }
            else
            {
                dailyHours = hours;
            }
        }

        var overtime = Whole(input.OvertimeLimitHours, F.OvertimeLimitHours, 0, MaxOvertimeHours, "超過勤務の上限（月）", "Overtime limit per month", errors);
        var travel = Text(input.TravelLimits, F.TravelLimits, MaxTravelLimitsLength, required: false, errors);
        var note = Text(input.Note, F.Note, MaxNoteLength, required: false, errors, multiline: true);

        var from = Date(input.PeriodFrom, F.PeriodFrom, errors);
        var to = Date(input.PeriodTo, F.PeriodTo, errors);
        if (from is not null && to is not null)
        {
            if (to < from)
            {
                Error(F.PeriodTo, "期間の終了日は開始日以降にしてください。", "The period must end on or after its start.");
            }
            else if (to.Value.DayNumber - from.Value.DayNumber > MaxPeriodDays)
            {
                Error(F.PeriodTo, "期間は3年以内にしてください。", "The period can be at most 3 years.");
            }
            else if (to < today)
            {
                Error(F.PeriodTo, "期間の終了日が過ぎています。", "The period has already ended.");
            }
        }

        var leaves = Leaves(input.LeavePeriods ?? [], from, to, errors);

        if (errors.Count > 0 || kind is null || from is null || to is null)
        {
            return new CareSheetValidation(null, errors);
        }

        return new CareSheetValidation(
            new CareSheetContent(kind.Value, years, relationship, careLevel, telework, flex, dailyHours, overtime, leaves, travel, from.Value,
                to.Value, note),
            errors);

        CareSheetKind? Required(string field)
        {
            Error(field, "種別（育児・介護）を選んでください。", "Choose the kind of sheet (childcare or caregiving).");
            return null;
        }

        CareSheetKind? Invalid(string field, string ja, string en)
        {
            Error(field, ja, en);
            return null;
        }
    }

    private static List<LeavePeriod> Leaves(IReadOnlyList<LeaveInput> given, DateOnly? from, DateOnly? to, List<FieldError> errors)
    {
        var leaves = new List<LeavePeriod>();
        var rows = given.Select((l, i) => (Leave: l,
            Index: i)).Where(r => Normal(r.Leave.From) is not null || Normal(r.Leave.To) is not null).ToList();
        if (rows.Count > MaxLeavePeriods)
        {
            errors.Add(new FieldError(F.LeavePeriods, new Text($"休暇の予定は{MaxLeavePeriods}件まで入力できます。",
                $"Enter at most {MaxLeavePeriods} leave periods.")));
            return leaves;
        }

        foreach (var (leave, index) in rows)
        {
            var start = Date(leave.From, F.LeaveFrom(index), errors);
            var end = Date(leave.To, F.LeaveTo(index), errors);
            if (start is null || end is null)
            {
                continue;
            }

            if (end < start)
            {
                errors.Add(new FieldError(F.LeaveTo(index), new Text("休暇の終了日は開始日以降にしてください。", "A leave must end on or after its start.")));
            }
            else if ((from is not null && start < from) || (to is not null && end > to))
            {
                errors.Add(new FieldError(F.LeaveFrom(index), new Text("休暇の予定はシートの期間内にしてください。", "A leave must fall within the sheet's period.")));
            }
            else if (leaves.Any(l => start <= l.To && l.From <= end))
            {
                errors.Add(new FieldError(F.LeaveFrom(index), new Text("休暇の予定が重なっています。", "Leave periods overlap.")));
            }
            else
            {
                leaves.Add(new LeavePeriod(start.Value, end.Value));
            }
        }

        return [.. leaves.OrderBy(l => l.From)];
    }

    private static DateOnly? Date(string? value, string field, List<FieldError> errors)
    {
        var text = Normal(value);
        if (text is null)
        {
            errors.Add(new FieldError(field, new Text("日付を入力してください。", "Enter a date.")));
            return null;
        }

        if (DateOnly.TryParseExact(text.Replace('/', '-'), ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var date))
        {
            return date;
        }

        errors.Add(new FieldError(field, new Text($"日付は「2026-04-01」の形で入力してください（「{text}」）。", $"Write dates as 2026-04-01 (\"{text}\").")));
        return null;
    }

    private static int? Whole(string? value, string field, int min, int max, string ja, string en, List<FieldError> errors)
    {
        var text = Normal(value);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors.Add(new FieldError(field, new Text($"{ja}は{min}から{max}までの整数で入力してください。", $"{en} must be a whole number from {min} to {max}.")));
        return null;
    }

    private static bool? YesNo(string? value, string field, List<FieldError> errors)
    {
        switch (Normal(value)?.ToLowerInvariant())
        {
            case null or "false" or "no" or "off" or "いいえ" or "なし":
                return false;
            case "true" or "yes" or "on" or "はい" or "あり":
                return true;
            default:
                errors.Add(new FieldError(field, new Text("「はい」か「いいえ」を選んでください。", "Choose yes or no.")));
                return null;
        }
    }

    private static string? Text(string? value, string field, int maxLength, bool required, List<FieldError> errors, bool multiline = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n");
        if (text is null)
        {
            if (required)
            {
                errors.Add(new FieldError(field, new Text("入力してください。", "This field is required.")));
            }

            return null;
        }

        // Length as people count it: text elements, so a kanji or an emoji is one character.
        var length = new StringInfo(text).LengthInTextElements;
        if (length > maxLength)
        {
            errors.Add(new FieldError(field, new Text($"{maxLength}文字以内で入力してください（現在{length}文字）。",
                $"Use at most {maxLength} characters (now {length}).")));
            return null;
        }

        if (text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\t')))
        {
            errors.Add(new FieldError(field, new Text("使用できない制御文字が含まれています。", "Contains control characters that are not allowed.")));
            return null;
        }

        return text;
    }

    /// <summary>Trimmed and NFKC-normalised (full-width digits and letters become ASCII), or null when empty.</summary>
    private static string? Normal(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormKC);
}
