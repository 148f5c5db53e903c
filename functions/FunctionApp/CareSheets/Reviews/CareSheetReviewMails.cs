using Transformation.Platform.Localization;

namespace Transformation.CareSheets.Reviews;

/// <summary>The mails asking the owner of an approved sheet to review it: before its period ends, and in a child's milestone year.</summary>
public static class CareSheetReviewMails
{
    public static readonly Text ReviewSubject = new("【見直しのお願い】{{kind}}の期間が{{end}}に終了します", "[Please review] Your {{kind}} ends on {{end}}");
    public static readonly Text ReviewBody = new(
        "{{name}} 様\n\n承認済みの{{kind}}の期間が{{end}}に終了します。\n引き続き必要な場合は、新しいシートを提出してください。状況が変わった場合は取下げもできます。\n\n{{page}}",
        "Dear {{name}},\n\nThe period of your approved {{kind}} ends on {{end}}.\n"
        + "If you still need the arrangements, please submit a new sheet. If your situation has changed, you can "
        + "withdraw it.\n"
        + "\n{{page}}");

    public static readonly Text MilestoneSubject = new("【見直しのお願い】お子さんが{{age}}になる年です（{{kind}}）",
        "[Please review] Your child turns {{age}} this year ({{kind}})");
    public static readonly Text MilestoneBody = new(
        "{{name}} 様\n\n今年はお子さんが{{age}}になる年です。働き方の希望に変化がないか、承認済みの{{kind}}（期間：{{period}}）を見直してください。\n"
        + "見直しが必要な場合は、次のページから新しいシートを提出するか、取り下げてください（サインインが必要です）。\n{{edit}}\n\n提出したシートの一覧：\n{{page}}",
        "Dear {{name}},\n\n"
        + "This is the year your child turns {{age}}. Please check whether your working arrangements should change, "
        + "and review your approved {{kind}} (period: {{period}}).\n"
        + "If it needs a change, submit a new sheet or withdraw this one (sign-in required):\n{{edit}}\n\n"
        + "Your sheets:\n{{page}}");

    /// <summary>The milestone ages in a sentence: 「6歳・12歳」, "6 and 12".</summary>
    public static string Ages(IReadOnlyList<int> ages, Language language)
    {
        ArgumentNullException.ThrowIfNull(ages);
        var numbers = ages.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return language == Language.Ja
            ? string.Join("・", numbers.Select(n => n + "歳"))
            : numbers.Count <= 1 ? string.Concat(numbers) : string.Join(", ", numbers[..^1]) + " and " + numbers[^1];
    }
}
