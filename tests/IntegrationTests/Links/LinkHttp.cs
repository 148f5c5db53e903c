using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Transformation.Tests.Links;

/// <summary>Requests to the link functions as the browser sends them, on a DefaultHttpContext with real services.</summary>
public static partial class LinkHttp
{
    public static HttpContext Get(IServiceProvider services, string token, string? query = null, string? acceptLanguage = null)
    {
        var http = New(services, "GET", token, query);
        if (acceptLanguage is not null)
        {
            http.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        return http;
    }

    public static HttpContext Post(IServiceProvider services, string token, IReadOnlyDictionary<string, string> form, string? cookie = null)
    {
        var http = New(services, "POST", token, null);
        http.Request.ContentType = "application/x-www-form-urlencoded";
        var body = string.Join("&", form.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        if (cookie is not null)
        {
            http.Request.Headers.Cookie = cookie;
        }

        return http;
    }

    /// <summary>The anti-forgery cookie (name=value) a page set, and the hidden field it rendered.</summary>
    public static (string Cookie, string Field) Antiforgery(HttpContext shown, IActionResult page)
    {
        var setCookie = shown.Response.Headers.SetCookie.ToString();
        var cookie = setCookie.Split(';')[0];
        var field = HiddenField().Match(Content(page)).Groups[1].Value;
        Assert.StartsWith("tx_csrf=", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(field);
        return (cookie, field);
    }

    public static string Content(IActionResult result) => Assert.IsType<ContentResult>(result).Content ?? "";

    public static int? Status(IActionResult result) => Assert.IsType<ContentResult>(result).StatusCode;

    private static DefaultHttpContext New(IServiceProvider services, string method, string token, string? query)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = method;
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("transformation.example");
        http.Request.Path = "/links/" + token;
        if (query is not null)
        {
            http.Request.QueryString = new QueryString(query);
        }

        return http;
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex HiddenField();
}
