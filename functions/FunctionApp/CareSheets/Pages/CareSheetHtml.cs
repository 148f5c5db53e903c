using System.Globalization;
using Transformation.CareSheets.Model;
using Transformation.CareSheets.Storage;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.CareSheets.Pages;

/// <summary>A sheet's content as a table, in one language. Every value goes through the encoder.</summary>
public static class CareSheetHtml
{
    public static Html Details(CareSheet sheet, CareSheetContent content, Language language)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(content);
        var yes = new Text("あり", "Yes").In(language);
        var no = new Text("なし", "No").In(language);
        var rows = new List<(Text Label, string Value)>
        {
            (new("提出者", "Employee"), sheet.OwnerName),
            (new("種別", "Kind"), CareSheetLabels.Of(content.Kind).In(language)),
            (new("版", "Version"), sheet.Version.ToString(CultureInfo.InvariantCulture)),
            (new("期間", "Period"), $"{content.PeriodFrom:yyyy-MM-dd} – {content.PeriodTo:yyyy-MM-dd}"),
        };
        if (content.Kind == CareSheetKind.Childcare)
        {
            rows.Add((new("お子さんの生まれ年", "Children's birth years"), string.Join(", ", content.ChildBirthYears)));
        }
        else
        {
            rows.Add((new("介護の対象者（続柄）", "Care recipient (relationship)"), content.RecipientRelationship ?? ""));
            rows.Add((new("要介護度", "Care level"), CareLevels.LabelOf(content.CareLevel).In(language)));
        }

        rows.Add((new("テレワーク（週）", "Telework per week"), content.TeleworkDaysPerWeek is { } t ? Days(t, language) : no));
        rows.Add((new("フレックスタイム", "Flex time"), content.FlexTime ? yes : no));
        rows.Add((new("短時間勤務", "Shorter hours"), content.ShorterDailyHours is { } h ? Hours(h, language) : no));
        rows.Add((new("超過勤務の上限（月）", "Overtime limit per month"), content.OvertimeLimitHours is { } o ? Hours(o, language) : no));
        rows.Add((new("休暇の予定", "Planned leave"), content.LeavePeriods.Count == 0 ? no : string.Join(", ", content.LeavePeriods.Select(l => $"{l.From:yyyy-MM-dd} – {l.To:yyyy-MM-dd}"))));
        rows.Add((new("出張の制限", "Travel limits"), content.TravelLimits ?? no));
        rows.Add((new("備考", "Note"), content.Note ?? ""));
        return Html.Format($"""<table class="sheet"><tbody>{Html.Join(rows.Select(r => Html.Format($"<tr><th scope=\"row\">{r.Label.In(language)}</th><td>{r.Value}</td></tr>")))}</tbody></table>""");
    }

    private static string Days(int days, Language language) => language == Language.En ? $"{days} days" : $"{days}日";

    private static string Hours(decimal hours, Language language) =>
        language == Language.En ? $"{hours.ToString("0.##", CultureInfo.InvariantCulture)} hours" : $"{hours.ToString("0.##", CultureInfo.InvariantCulture)}時間";
}
