using System.Globalization;
using Transformation.Overtime.Caps;
using Transformation.Platform.Localization;

namespace Transformation.Overtime.Summaries;

/// <summary>Every text of the monthly overtime summaries: the division head's page, HR's ministry view and the monthly mails.</summary>
public static class OvertimeSummaryTexts
{
    public static readonly Text DivisionTitle = new("超過勤務の月次集計（{0}）", "Monthly overtime summary ({0})");
    public static readonly Text MinistryTitle = new("超過勤務の月次集計・省全体（{0}）", "Monthly overtime summary, whole ministry ({0})");
    public static readonly Text DivisionHeading = new("{0} {1}", "{0}, {1}");
    public static readonly Text DivisionIntro = new(
        "今年度この月までに超過勤務が計上された職員の集計です。上限の{0}%以上の職員を「上限に近い」としています。",
        "The figures of the staff with overtime counted this fiscal year up to this month. "
        + "\"Near\" a cap means at {0}% of it or more.");
    public static readonly Text MinistryIntro = new(
        "局別・上限区分別の集計と、今年度45時間を超えた月がある職員の一覧です。上限の{0}%以上を「上限に近い」としています。",
        "Figures by bureau and by designation, and everyone with a month over 45 h this fiscal year. "
        + "\"Near\" a cap means at {0}% of it or more.");
    public static readonly Text MonthLabel = new("対象月", "Month");
    public static readonly Text Show = new("表示する", "Show");
    public static readonly Text OtherDivisions = new("ほかに担当している課室", "Other divisions you head");
    public static readonly Text Totals = new("集計", "Totals");
    public static readonly Text Staff = new("超過勤務のある職員", "Staff with overtime");
    public static readonly Text MonthHours = new("当月の時間", "Hours this month");
    public static readonly Text YearHours = new("年度累計", "Hours this fiscal year");
    public static readonly Text NearAny = new("上限に近い職員", "Near a cap");
    public static readonly Text OverAny = new("上限を超えた職員", "Over a cap");
    public static readonly Text ByCap = new("上限ごとの人数", "People by cap");
    public static readonly Text Cap = new("上限", "Cap");
    public static readonly Text Near = new("近い", "Near");
    public static readonly Text Over = new("超えた", "Over");
    public static readonly Text NoCapReached = new("上限に近い職員はいません。", "Nobody is near a cap.");
    public static readonly Text WhoHeading = new("上限に近い・超えた職員", "Who is near or over a cap");
    public static readonly Text Person = new("職員", "Staff member");
    public static readonly Text DesignationColumn = new("区分", "Designation");
    public static readonly Text LongMonths = new("45時間超の月数", "Months over 45 h");
    public static readonly Text Average = new("2〜6か月平均の最高", "Highest 2–6 month average");
    public static readonly Text CapsColumn = new("上限の状況", "Caps");
    public static readonly Text NoRows = new("この月の集計はまだありません。", "There are no figures for this month yet.");
    public static readonly Text ByBureau = new("局別", "By bureau");
    public static readonly Text ByDesignation = new("上限区分別", "By designation");
    public static readonly Text Bureau = new("局", "Bureau");
    public static readonly Text Division = new("課室", "Division");
    public static readonly Text Ministry = new("省全体", "Whole ministry");
    public static readonly Text LongMonthsHeading = new("45時間を超えた月がある職員", "Staff with months over 45 h");
    public static readonly Text NoLongMonths = new("今年度45時間を超えた月がある職員はいません。", "Nobody has had a month over 45 h this fiscal year.");
    public static readonly Text NotInRoster = new("（名簿にありません）", "(not in the roster)");
    public static readonly Text Ordinary = new("通常の部署", "Ordinary");
    public static readonly Text OtherDirected = new("他律的業務の比重が高い部署", "High share of work paced by others");
    public static readonly Text Hours = new("{0}時間", "{0} h");
    public static readonly Text MonthsCount = new("{0}か月", "{0} months");
    public static readonly Text AverageOver = new("{0}時間（{1}か月）", "{0} h ({1} months)");
    public static readonly Text NearCap = new("{0}に近い", "near {0}");
    public static readonly Text OverCap = new("{0}を超過", "over {0}");
    public static readonly Text Separator = new("、", ", ");

    public static readonly Text BadMonthTitle = new("対象月を読み取れません", "The month cannot be read");
    public static readonly Text BadMonth = new(
        "対象月は 2026-10 のように年と月で、2019年4月から今月までを指定してください。",
        "Give the month as year and month, like 2026-10, from April 2019 to this month.");
    public static readonly Text NoDivisionTitle = new("担当の課室がありません", "No division to show");
    public static readonly Text NoDivision = new(
        "現在の名簿で課室長となっている課室の集計だけを表示できます。", "Only the summary of a division you head in the current roster can be shown.");

    public static readonly Text HeadMailSubject = new("超過勤務の月次集計（{{month}}）", "Monthly overtime summary ({{month}})");
    public static readonly Text HeadMailBody = new(
        "{{name}} 様\n\n{{month}}の超過勤務の月次集計をご確認ください。課室の上限に対する状況と、上限に近い職員が表示されます。\n\n"
        + "{{link}}\n\nサインインが必要です。このメールに数値や氏名は記載していません。",
        "Dear {{name}},\n\nThe monthly overtime summary of {{month}} is ready: your division's totals against its caps and who is near a cap.\n\n"
        + "{{link}}\n\nYou will be asked to sign in. This mail holds no figures and no names.");
    public static readonly Text HrMailBody = new(
        "{{name}} 御中\n\n{{month}}の超過勤務の省全体の月次集計（局別・上限区分別、45時間超の月数）をご確認ください。\n\n"
        + "{{link}}\n\nサインインが必要です。",
        "To {{name}},\n\nThe ministry's monthly overtime summary of {{month}} is ready (by bureau and designation, months over 45 h).\n\n"
        + "{{link}}\n\nYou will be asked to sign in.");

    public static readonly Text HomeHeading = new("超過勤務", "Overtime");
    public static readonly Text HomeDivision = new("課室の超過勤務の月次集計（{0}）", "Your division's overtime summary ({0})");
    public static readonly Text HomeMinistry = new("超過勤務の月次集計・省全体（{0}）", "Overtime summary, whole ministry ({0})");

    public static Text CapName(CapKind kind) => kind switch
    {
        CapKind.OrdinaryMonth => new("月45時間", "45 h a month"),
        CapKind.OrdinaryYear => new("年360時間", "360 h a year"),
        CapKind.OtherDirectedMonth => new("月100時間未満", "under 100 h a month"),
        CapKind.OtherDirectedYear => new("年720時間", "720 h a year"),
        CapKind.LongMonths => new("45時間超は年6か月まで", "6 months over 45 h a year"),
        CapKind.Average => new("2〜6か月平均80時間", "80 h average over 2–6 months"),
        CapKind.AfterMovePeriod => new("異動後は月30時間×月数", "30 h a month after the move"),
        _ => new("育児・介護シートの上限", "care sheet limit"),
    };

    public static Text DesignationName(Designation designation) =>
        designation == Transformation.Overtime.Caps.Designation.OtherDirected ? OtherDirected : Ordinary;

    public static Text DesignationName(string code) =>
        Designations.DesignationNames.Parse(code) == Transformation.Overtime.Caps.Designation.OtherDirected ? OtherDirected : Ordinary;

    /// <summary>"12.5時間" / "12.5 h", rounded up to two decimals so a total over a cap never reads as equal to it.</summary>
    public static Text HoursOf(decimal hours) => Hours.With(Number(hours));

    /// <summary>Which caps a person is near and over, in words.</summary>
    public static Text Standing(MonthStanding standing)
    {
        ArgumentNullException.ThrowIfNull(standing);
        var parts = standing.Over.Select(k => OverCap.With(CapName(k))).Concat(standing.Near.Select(k => NearCap.With(CapName(k)))).ToList();
        return new Text(string.Join(Separator.Ja, parts.Select(p => p.Ja)), string.Join(Separator.En, parts.Select(p => p.En)));
    }

    /// <summary>"2026年10月" and "Oct 2026".</summary>
    public static Text MonthName(DateOnly month) => OvertimeCapTexts.MonthName(month);

    public static string Number(decimal value) => (Math.Ceiling(value * 100m) / 100m).ToString("0.##", CultureInfo.InvariantCulture);
}
