using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages.Components;

/// <summary>The texts of the standard error pages, and the help line every notice page ends with.</summary>
public static class NoticeTexts
{
    public static readonly Text Help = new("ご不明な点は人事課にお問い合わせください。", "If you need help, please contact the HR office.");

    public static readonly Text BadRequestTitle = new("入力を処理できません", "The request could not be processed");
    public static readonly Text BadRequest = new("入力内容をご確認のうえ、もう一度お試しください。", "Please check what you entered and try again.");
    public static readonly Text SignInTitle = new("サインインが必要です", "Sign-in required");
    public static readonly Text SignIn = new("このページを表示するにはサインインしてください。", "Please sign in to see this page.");
    public static readonly Text ForbiddenTitle = new("アクセスできません", "Access denied");
    public static readonly Text Forbidden = new("このページを表示する権限がありません。", "You are not allowed to see this page.");
    public static readonly Text NotFoundTitle = new("ページが見つかりません", "Page not found");
    public static readonly Text NotFound = new("お探しのページは見つかりませんでした。", "The page you are looking for was not found.");
    public static readonly Text FailedTitle = new("エラーが発生しました", "Something went wrong");
    public static readonly Text Failed = new("しばらくしてからもう一度お試しください。", "Please try again in a little while.");
    public static readonly Text ExpiredTitle = new("フォームの有効期限が切れました", "The form has expired");
    public static readonly Text Expired = new("フォームの有効期限が切れました。もう一度お試しください。", "The form has expired. Please try again.");
}
