using Transformation.Platform.Localization;

namespace Transformation.Overtime.SpecialDuties;

/// <summary>The texts of HR's list of 特例業務 and its analysis, page and API.</summary>
public static class SpecialDutyTexts
{
    public static readonly Text Title = new("特例業務の記録と要因の分析", "Special duty: records and analysis");
    public static readonly Text Intro = new(
        "上限を超えて特例業務として承認された超過勤務の一覧です。人事院規則15-14第16条の2の2第3項により、"
        + "年度の末日の翌日から6か月以内に、要因の整理・分析・検証を行い、ここに記録してください。",
        "Overtime approved beyond a cap as special duty. Under NPA Rule 15-14 Art. 16-2-2(3), the factors must be sorted out, "
        + "analysed and reviewed within six months after the end of the fiscal year; record that analysis here.");
    public static readonly Text Year = new("年度", "Fiscal year");
    public static readonly Text YearLabel = new("{0}年度", "FY{0}");
    public static readonly Text Show = new("表示", "Show");
    public static readonly Text None = new("この年度の特例業務はありません。", "No special duty in this fiscal year.");
    public static readonly Text Day = new("日付", "Day");
    public static readonly Text Person = new("職員", "Member of staff");
    public static readonly Text Hours = new("時間", "Hours");
    public static readonly Text Reason = new("理由", "Reason");
    public static readonly Text ApprovedBy = new("承認者", "Approved by");
    public static readonly Text Due = new("分析の期限", "Analysis due");
    public static readonly Text Analysis = new("要因の整理・分析・検証", "Analysis of the factors");
    public static readonly Text AnalysisFor = new("{0}（{1}）の分析", "Analysis for {0} ({1})");
    public static readonly Text Record = new("記録する", "Record");
    public static readonly Text RecordedBy = new("記録：{0}（{1}）", "Recorded by {0} ({1})");
    public static readonly Text Recorded = new("分析を記録しました。", "The analysis was recorded.");
    public static readonly Text AnalysisRequired = new("分析の内容を入力してください。", "Enter the analysis.");
    public static readonly Text AnalysisTooLong = new("分析は{0}文字以内で入力してください。", "The analysis can be at most {0} characters.");
    public static readonly Text NotFound = new("この特例業務の記録は見つかりません。", "This special duty record was not found.");
    public static readonly Text YearInvalid = new("年度は2019以降の西暦で指定してください。", "The fiscal year must be 2019 or later.");
}
