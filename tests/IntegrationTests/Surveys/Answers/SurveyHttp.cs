using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>Requests to the survey functions as a browser or an API client sends them, on a DefaultHttpContext.</summary>
public static partial class SurveyHttp
{
    public static HttpRequest Get(IServiceProvider services, string path, string? query = null, string? cookie = null)
    {
        var request = New(services, "GET", path, query).Request;
        if (cookie is not null)
        {
            request.Headers.Cookie = cookie;
        }

        return request;
    }

    public static HttpRequest Form(IServiceProvider services, IEnumerable<KeyValuePair<string, string>> form, string cookie, string? query = null)
    {
        var http = New(services, "POST", "/survey", query);
        http.Request.ContentType = "application/x-www-form-urlencoded";
        var body = string.Join("&", form.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        http.Request.Headers.Cookie = cookie;
        return http.Request;
    }

    public static HttpRequest Json(IServiceProvider services, string method, string path, string? json)
    {
        var http = New(services, method, path, null);
        if (json is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            http.Request.ContentType = "application/json";
            http.Request.ContentLength = bytes.Length;
            http.Request.Body = new MemoryStream(bytes);
        }

        return http.Request;
    }

    /// <summary>The cookie <paramref name="name"/> (name=value) a response set, as the browser sends it back.</summary>
    public static string Cookie(HttpRequest answered, string name) =>
        answered.HttpContext.Response.Headers.SetCookie.Select(c => c ?? "")
            .First(c => c.StartsWith(name + "=", StringComparison.Ordinal)).Split(';')[0];

    /// <summary>The anti-forgery cookie (name=value) a page set, and the hidden fields it rendered (anti-forgery, link).</summary>
    public static (string Cookie, string Field, string Link) Antiforgery(HttpRequest shown, IActionResult page)
    {
        var field = HiddenField().Match(Content(page)).Groups[1].Value;
        var link = LinkField().Match(Content(page)).Groups[1].Value;
        Assert.NotEmpty(field);
        Assert.NotEmpty(link);
        return (Cookie(shown, "tx_csrf"), field, link);
    }

    public static string Content(IActionResult result) => Assert.IsType<ContentResult>(result).Content ?? "";

    public static int? Status(IActionResult result) => result switch
    {
        ContentResult c => c.StatusCode,
        StatusCodeResult s => s.StatusCode,
        ObjectResult o => o.StatusCode ?? 200,
        _ => throw new InvalidOperationException(result.GetType().Name),
    };

    private static DefaultHttpContext New(IServiceProvider services, string method, string path, string? query)
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

        return http;
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex HiddenField();

    [GeneratedRegex("name=\"link\" value=\"([^\"]+)\"")]
    private static partial Regex LinkField();
}
