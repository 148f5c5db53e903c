using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Localization;

namespace Transformation.Platform.Http;

/// <summary>problem+json answers (RFC 9457) in the caller's language.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static IActionResult Unauthorized(HttpContext http) =>
        Create(http, StatusCodes.Status401Unauthorized,
            new Text("サインインが必要です", "Sign-in required"),
            new Text("有効なトークンでサインインしてください。", "Sign in with a valid token."));

    public static IActionResult Forbidden(HttpContext http, string? why) =>
        Create(http, StatusCodes.Status403Forbidden,
            new Text("権限がありません", "Forbidden"),
            new Text("この操作を行う権限がありません。", "You are not allowed to do this."), why);

    public static IActionResult NotFound(HttpContext http, Text detail) =>
        Create(http, StatusCodes.Status404NotFound, new Text("見つかりません", "Not found"), detail);

    public static IActionResult Conflict(HttpContext http, Text detail) =>
        Create(http, StatusCodes.Status409Conflict, new Text("競合しています", "Conflict"), detail);

    public static IActionResult BadRequest(HttpContext http, Text detail, IReadOnlyList<FieldError>? errors = null) =>
        Create(http, StatusCodes.Status400BadRequest, new Text("入力に誤りがあります", "The request is not valid"), detail, null, errors);

    public static IActionResult TooLarge(HttpContext http, long maxBytes) =>
        Create(http, StatusCodes.Status413PayloadTooLarge, new Text("送信内容が大きすぎます", "Request body too large"), TooLargeText(maxBytes));

    public static Text TooLargeText(long maxBytes)
    {
        var bytes = maxBytes.ToString("N0", CultureInfo.InvariantCulture);
        return new Text($"送信できるのは {bytes} バイトまでです。内容を減らしてもう一度送ってください。", $"At most {bytes} bytes can be sent. Send less and try again.");
    }

    public static IActionResult UnsupportedMediaType(HttpContext http) =>
        Create(http, StatusCodes.Status415UnsupportedMediaType, new Text("この形式は受け付けていません", "Unsupported media type"),
            new Text("本文は UTF-8 の JSON（Content-Type: application/json）で送ってください。",
                "Send the body as UTF-8 JSON (Content-Type: application/json)."));

    public static IActionResult PreconditionRequired(HttpContext http) =>
        Create(http, StatusCodes.Status428PreconditionRequired, new Text("If-Match が必要です", "If-Match required"),
            new Text("読み込んだときの ETag を If-Match ヘッダーに付けて送ってください。他の人の変更を上書きしないためです。",
                "Send the ETag you read in an If-Match header, so that nobody's change is overwritten unseen."));

    public static IActionResult Create(
        HttpContext http,
        int status,
        Text title,
        Text detail,
        string? note = null,
        IReadOnlyList<FieldError>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var language = Languages.Of(http.Request);
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title.In(language),
            Detail = note is null ? detail.In(language) : detail.In(language) + " " + note,
            Instance = http.Request.Path,
        };
        if (errors is { Count: > 0 })
        {
            problem.Extensions["errors"] = errors.Select(e => new { field = e.Field, line = e.Line, message = e.Message.In(language) }).ToList();
        }

        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { ContentType } };
    }
}
