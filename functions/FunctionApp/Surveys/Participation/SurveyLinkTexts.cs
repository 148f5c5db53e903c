using Transformation.Platform.Localization;

namespace Transformation.Surveys.Participation;

/// <summary>The texts of the page where a person asks for their survey link again.</summary>
public static class SurveyLinkTexts
{
    public static readonly Text Title = new("回答用リンクの再送", "Your survey link, sent again");
    public static readonly Text Open = new(
        "{0}年度の職員調査は{1}まで回答できます。", "The {0} staff survey is open until {1}.");
    public static readonly Text Explain = new(
        "回答用リンクは、名簿に登録されたあなたのメールアドレスにだけ送ります（このページには表示しません）。"
        + "新しいリンクを送ると、以前のリンクは使えなくなります。保存した回答は引き継がれます。",
        "Your answer link goes only to your address in the staff roster (it is never shown on this page). "
        + "Once a new link is sent, the earlier one stops working. Anything you saved is kept.");
    public static readonly Text Send = new("回答用リンクをメールで再送する", "Mail me my answer link again");
    public static readonly Text Sent = new(
        "新しい回答用リンクをメールで送りました。以前のリンクは使えなくなりました。",
        "We have mailed you a new answer link. The earlier link no longer works.");
    public static readonly Text RecentlySent = new(
        "少し前にリンクを送りました。メールをご確認ください。再送は{0}分ほど後にできます。",
        "We sent you a link a short while ago: please check your mail. You can ask again in about {0} minutes.");
    public static readonly Text NotOpen = new("この年度の職員調査はいま回答を受け付けていません。", "This survey is not open for answers now.");
    public static readonly Text NotAwaited = new(
        "この調査であなたの回答を待っているリンクはありません（回答済みか、対象外です）。",
        "There is no answer of yours waiting in this survey (you have answered, or you were not invited).");
    public static readonly Text Home = new("ホームに戻る", "Back to the home page");
}
