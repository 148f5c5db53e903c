using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Transformation.TeamUp.Entries;

/// <summary>JSON answers of the Team-Up entry and publication routes: web casing, Japanese kept readable, the ETag when there is one.</summary>
public static class EntryJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static JsonResult Result(object value, HttpRequest request, string? etag = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.IsNullOrEmpty(etag))
        {
            request.HttpContext.Response.Headers.ETag = etag;
        }

        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return new JsonResult(value, Options);
    }

    /// <summary>The If-Match header as sent, or null.</summary>
    public static string? IfMatch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Headers.IfMatch.ToString().Trim();
        return value.Length == 0 ? null : value;
    }
}
