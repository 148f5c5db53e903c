using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Transformation.Tests.Links;

/// <summary>Requests to the link functions as the browser sends them, on a DefaultHttpContext with real services.</summary>
public static partial class LinkHttp
{
    public static HttpContext Get(IServiceProvider services, string path, string? cookie = null, string? query = null, string? acceptLanguage = null)
    {
        var http = New(services, "GET", path, query, cookie);
        if (acceptLanguage is not null)
        {
            http.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        return http;
    }

    public static HttpContext Post(IServiceProvider services, IReadOnlyDictionary<string, string> form, string? cookie = null,
        string path = "/links")
    {
        var http = New(services, "POST", path, null, cookie);
        http.Request.ContentType = "application/x-www-form-urlencoded";
        var body = string.Join("&", form.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return http;
    }

    /// <summary>The whole Set-Cookie header of the cookie <paramref name="name"/> a response set, or null.</summary>
    public static string? SetCookie(HttpContext http, string name) =>
        http.Response.Headers.SetCookie.Select(c => c ?? "").FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    /// <summary>The cookie (name=value) as the browser sends it back.</summary>
    public static string Cookie(HttpContext http, string name) =>
        (SetCookie(http, name) ?? throw new InvalidOperationException($"No {name} cookie was set.")).Split(';')[0];

    /// <summary>The anti-forgery cookie (name=value) a page set, and the hidden field it rendered.</summary>
    public static (string Cookie, string Field) Antiforgery(HttpContext shown, IActionResult page)
    {
        var setCookie = SetCookie(shown, "tx_csrf") ?? "";
        var field = HiddenField().Match(Content(page)).Groups[1].Value;
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(field);
        return (setCookie.Split(';')[0], field);
    }

    /// <summary>The hidden field naming the link the page's form was shown for.</summary>
    public static string PageField(IActionResult page) => LinkField().Match(Content(page)).Groups[1].Value;

    public static string Content(IActionResult result) => Assert.IsType<ContentResult>(result).Content ?? "";

    public static int? Status(IActionResult result) => result switch
    {
        ContentResult c => c.StatusCode,
        StatusCodeResult s => s.StatusCode,
        _ => throw new InvalidOperationException(result.GetType().Name),
    };

    private static DefaultHttpContext New(IServiceProvider services, string method, string path, string? query, string? cookie)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = method;
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("transformation.example");
        http.Request.Path = path;
        if (query is not null)
        {
            http.Request.QueryString = new QueryString(query);
        }

        if (cookie is not null)
        {
            http.Request.Headers.Cookie = cookie;
        }

        return http;
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex HiddenField();

    [GeneratedRegex("name=\"link\" value=\"([^\"]+)\"")]
    private static partial Regex LinkField();
}
