using System.ComponentModel;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;

namespace Transformation.Platform.Security;

/// <summary>
/// People sign in with the ministry's Entra account through OpenID Connect, run by the app itself (the same code
/// in Azure and locally, where the local host's development issuer plays Entra). The Functions host forwards
/// only routes that belong to a function, so the flow's two ends are functions that hand over to the handler.
/// </summary>
public sealed class SignInFunctions
{
    [Function("SignIn")]
    [QueryParameter("returnUrl", "Where to go once signed in: a path of this site (anything else goes to the home page).")]
    [AllowAnonymous]
    [Description("Page: starts the sign-in with the ministry's account and comes back to ?returnUrl= (a path of this site).")]
    public static async Task<IActionResult> SignIn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = SignInPaths.SignInRoute)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var returnUrl = SignInPaths.LocalPath(request.Query["returnUrl"].ToString());
        await request.HttpContext.ChallengeAsync(SignInSchemes.Entra, new AuthenticationProperties { RedirectUri = returnUrl });
        return new EmptyResult();
    }

    [Function("SignInCallback")]
    [AllowAnonymous]
    [Description("The identity provider posts the signed-in person back here (form_post); opens the session, then goes back to the page.")]
    public static async Task<IActionResult> Callback(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "signin-oidc")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var handlers = request.HttpContext.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
        if (await handlers.GetHandlerAsync(request.HttpContext, SignInSchemes.Entra) is IAuthenticationRequestHandler handler
            && await handler.HandleRequestAsync())
        {
            return new EmptyResult();
        }

        return SignInPages.Failed(request, Languages.Of(request));
    }

    [Function("SignOut")]
    [AllowAnonymous]
    [Description("Page: closes the browser session on this site.")]
    public static async Task<IActionResult> SignOut(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = SignInPaths.SignOutRoute)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await request.HttpContext.SignOutAsync(SignInSchemes.Session);
        return SignInPages.SignedOut(request, Languages.Of(request));
    }
}
