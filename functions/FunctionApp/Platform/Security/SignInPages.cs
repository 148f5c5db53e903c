using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Pages.Components;

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

    private static readonly Text Account = new("サインイン中のアカウント: {0}", "Signed in as: {0}");
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

    public static ContentResult NotInRoster(HttpRequest request, Language language, string? email) =>
        PageResults.Notice(request, language, NotInRosterTitle,
            new NoticeView(NotInRosterBody, email is null ? null : Account.With(email), new MenuLink(SignOut, "/" + SignInPaths.SignOutRoute)),
            StatusCodes.Status403Forbidden);

    public static ContentResult SignedOut(HttpRequest request, Language language) =>
        PageResults.Notice(request, language, SignedOutTitle,
            new NoticeView(SignedOutBody, null, new MenuLink(SignInAgain, SignInPaths.SignIn("/"))));

    public static ContentResult Failed(HttpRequest request, Language language) =>
        PageResults.Notice(request, language, FailedTitle, new NoticeView(FailedBody, null, new MenuLink(SignInAgain, SignInPaths.SignIn("/"))),
            StatusCodes.Status400BadRequest);
}
