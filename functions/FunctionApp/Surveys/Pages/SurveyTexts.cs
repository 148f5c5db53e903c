using Transformation.Platform.Localization;

namespace Transformation.Surveys.Pages;

/// <summary>The wording of the survey pages, in both languages.</summary>
public static class SurveyTexts
{
    public static readonly Text Title = new("組織マネジメント実態調査", "Organisational management survey");
    public static readonly Text Instructions = new(
        "各設問について、ご自身の考えに最も近いものを1つ選んでください。答えにくい設問は空欄のままでも構いません。回答は匿名で集計されます。",
        "For each statement, choose the answer closest to your view. You may leave a statement unanswered. "
        + "Answers are aggregated anonymously.");
    public static readonly Text SaveHint = new(
        "「一時保存」を押すと入力内容が保存され、後で同じリンクから続きを回答できます。",
        "Press \"Save\" to keep your answers and continue later from the same link.");
    public static readonly Text Saved = new(
        "入力内容を一時保存しました。このリンクから、いつでも続きを回答できます。",
        "Your answers have been saved. You can continue at any time from this link.");
    public static readonly Text Back = new("前へ", "Back");
    public static readonly Text Next = new("次へ", "Next");
    public static readonly Text Save = new("一時保存", "Save");
    public static readonly Text Submit = new("回答を送信する", "Submit answers");
    public static readonly Text FinalHint = new(
        "送信後は回答を変更できません。回答の送信は1回限りです。",
        "Once submitted, your answers cannot be changed. Answers can be submitted only once.");

    /// <summary>{0}: the closing moment, written for the reader (<see cref="Platform.Pages.DisplayDates.Both"/>).</summary>
    public static readonly Text Deadline = new("回答期限：{0}", "Please answer by {0}.");

    /// <summary>{0}: this page's number, {1}: how many pages, {2}: the category.</summary>
    public static readonly Text Step = new("{0} / {1} {2}", "{0} of {1}: {2}");

    /// <summary>{0}: the item's id, {1}: its statement.</summary>
    public static readonly Text Statement = new("{0} {1}", "{0}. {1}");

    /// <summary>{0}: the category.</summary>
    public static readonly Text Comment = new(
        "「{0}」について、ご意見やお気づきの点があればご記入ください（任意）",
        "Any comments on \"{0}\"? (optional)");

    /// <summary>{0}: how many statements of the whole survey are still unanswered.</summary>
    public static readonly Text Unanswered = new(
        "未回答の設問が{0}問あります。未回答のまま送信することもできます。",
        "{0} statement(s) are unanswered. You may submit them unanswered.");

    public static readonly Text ThanksTitle = new("ご回答ありがとうございました", "Thank you for your answers");
    public static readonly Text ThanksBody = new(
        "回答を受け付けました。回答は所属の課室・局の単位で匿名で集計され、個人が特定される形で使われることはありません。省全体の結果は全職員に公表します。",
        "Your answers have been received. They are aggregated anonymously by division and bureau and are never used in a way "
        + "that identifies you. The ministry-wide results will be published to all staff.");

    public static readonly Text UnknownTitle = new("リンクが無効です", "Link not valid");
    public static readonly Text UnknownBody = new(
        "このリンクは無効です。調査のご案内メールに記載されたリンクをもう一度ご確認ください。",
        "This link is not valid. Please check the link in your survey invitation email.");
    public static readonly Text SubmittedTitle = new("回答済みです", "Already answered");
    public static readonly Text SubmittedBody = new(
        "この調査には既に回答いただいています。回答の送信は1回限りです。ご協力ありがとうございました。",
        "You have already answered this survey. Answers can be submitted only once. Thank you for taking part.");
    public static readonly Text ClosedTitle = new("調査は締め切られました", "The survey is closed");
    public static readonly Text ClosedBody = new(
        "この調査の回答受付は終了しました。回答は保存されていません。",
        "This survey is no longer accepting answers. Nothing was saved.");
    public static readonly Text SupersededTitle = new("新しいリンクをお送りしています", "A newer link has been sent");
    public static readonly Text SupersededBody = new(
        "このリンクは、後からお送りしたメールのリンクに置き換えられました。最新のメールに記載されたリンクから回答してください（入力途中の回答は引き継がれています）。",
        "This link has been replaced by the one in a later email. Please answer from the link in the latest email "
        + "(your saved answers have been carried over).");
}
