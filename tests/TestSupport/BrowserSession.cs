using System.Net;
using System.Text.RegularExpressions;

namespace Transformation.Tests.Support;

/// <summary>
/// A browser-like HTTP client signed in the way people sign in: the app's sign-in route, the development
/// issuer's sign-in page (Entra's stand-in), the ID token posted back to the app's callback, and the session
/// cookie the app then sets. Redirects are not followed, so tests see each answer as it is.
/// </summary>
public static partial class BrowserSession
{
    public static async Task<HttpClient> SignInAsync(Uri baseUrl, string who, params string[] roles)
    {
        var cookies = new CookieContainer();
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(60),
        };
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        using var start = await browser.GetAsync("/sign-in?returnUrl=%2F");
        var authorize = start.Headers.Location ?? throw new InvalidOperationException($"Sign-in did not redirect ({start.StatusCode}).");
        using var page = await browser.GetAsync(authorize);
        var fields = HiddenFields(await page.Content.ReadAsStringAsync());
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();
        form.Add(new("staffId", who));
        form.AddRange(roles.Select(r => new KeyValuePair<string, string>("roles", r)));
        using var chosen = await browser.PostAsync("/dev/sign-in", new FormUrlEncodedContent(form));
        var postBack = HiddenFields(await chosen.Content.ReadAsStringAsync());
        using var callback = await browser.PostAsync("/signin-oidc", new FormUrlEncodedContent(postBack));
        if (callback.StatusCode != HttpStatusCode.Redirect && callback.StatusCode != HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"The sign-in callback answered {(int)callback.StatusCode}: {await callback.Content.ReadAsStringAsync()}");
        }

        return browser;
    }

    private static Dictionary<string, string> HiddenFields(string html) =>
        Hidden().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value), StringComparer.Ordinal);

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex Hidden();
}
