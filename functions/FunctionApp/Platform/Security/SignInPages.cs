using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Platform.Security;

/// <summary>The pages of the sign-in flow: not in the roster, signed out, sign-in failed.</summary>
public static class SignInPages
{
    private static readonly Text NotInRosterTitle = new("職員名簿に登録されていません", "You are not in the staff roster");
    private static readonly Text NotInRosterBody = new(
        "サインインしたアカウントは職員名簿に見つかりませんでした。異動や採用の直後は、名簿の取り込みまでお待ちください。"
        + "別のアカウントでサインインする場合は、いったんサインアウトしてください。",
        "The account you signed in with was not found in the staff roster. If you have just joined or moved, please wait for "
        + "the next roster import. To use another account, sign out first.");

    private static readonly Text Account = new("サインイン中のアカウント", "Signed in as");
    private static readonly Text SignOut = new("サインアウト", "Sign out");
    private static readonly Text SignedOutTitle = new("サインアウトしました", "You are signed out");
    private static readonly Text SignedOutBody = new(
        "このサイトからサインアウトしました。共用の端末では、ブラウザーを閉じてください。",
        "You are signed out of this site. On a shared computer, close the browser.");

    private static readonly Text SignInAgain = new("もう一度サインインする", "Sign in again");
    private static readonly Text FailedTitle = new("サインインを完了できませんでした", "Sign-in could not be completed");
    private static readonly Text FailedBody = new(
        "サインインの途中で期限が切れたか、別のタブで操作された可能性があります。もう一度お試しください。",
        "The sign-in may have expired or been continued in another tab. Please try again.");

    private static readonly Text Help = new("ご不明な点は人事課にお問い合わせください。", "If you need help, please contact the HR office.");

    public static ContentResult NotInRoster(HttpRequest request, Language language, string? email)
    {
        var account = email is null ? Html.Empty : Html.Format($"<p>{Account.In(language)}: <strong>{email}</strong></p>");
        var body = Html.Format($"""
            <p class="notice">{NotInRosterBody.In(language)}</p>
            {account}
            <p><a href="/{SignInPaths.SignOutRoute}">{SignOut.In(language)}</a></p>
            <p>{Help.In(language)}</p>
            """);
        return PageResults.Page(request, language, NotInRosterTitle, body, StatusCodes.Status403Forbidden);
    }

    public static ContentResult SignedOut(HttpRequest request, Language language) =>
        PageResults.Page(request, language, SignedOutTitle, Html.Format($"""
            <p class="notice">{SignedOutBody.In(language)}</p>
            <p><a href="{SignInPaths.SignIn("/")}">{SignInAgain.In(language)}</a></p>
            """));

    public static ContentResult Failed(HttpRequest request, Language language) =>
        PageResults.Page(request, language, FailedTitle, Html.Format($"""
            <p class="notice">{FailedBody.In(language)}</p>
            <p><a href="{SignInPaths.SignIn("/")}">{SignInAgain.In(language)}</a></p>
            """), StatusCodes.Status400BadRequest);
}
