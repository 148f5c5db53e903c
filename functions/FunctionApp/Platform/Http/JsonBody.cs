using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Transformation.Platform.Localization;

namespace Transformation.Platform.Http;

/// <summary>
/// Reads the body of a JSON route, the one way every JSON route does: 415 unless it is JSON in UTF-8, 413 above the
/// cap, 400 unless it is valid UTF-8 JSON whose every string decodes. System.Text.Json checks the structure while
/// parsing but decodes strings only when asked (GetString() on invalid UTF-8, or on an escaped lone surrogate such
/// as "\ud800", throws InvalidOperationException), so the bytes are checked and every string decoded here once.
/// </summary>
public static class JsonBody
{
    private static readonly JsonDocumentOptions Parsing = new() { MaxDepth = 32 };
    private static readonly Text Invalid = new("送信内容を読み取れません。", "The request body cannot be read.");

    /// <summary>The body as a document (the caller disposes it), or the refusal; an empty optional body is (null, null).</summary>
    public static async Task<(JsonDocument? Document, IActionResult? Refusal)> ReadDocumentAsync(
        HttpRequest request, CancellationToken cancellationToken, bool optional = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var max = http.RequestServices?.GetService<IOptions<HttpLimitOptions>>()?.Value.MaxBodyBytes ?? new HttpLimitOptions().MaxBodyBytes;
        byte[] bytes;
        bool tooLarge;
        try
        {
            (bytes, tooLarge) = await ReadBoundedAsync(request.Body, max, cancellationToken);
        }
        catch (BadHttpRequestException)
        {
            return (null, BadRequest(http, "本文を最後まで受け取れませんでした。", "The body did not arrive whole."));
        }

        if (tooLarge)
        {
            return (null, Problems.TooLarge(http, max));
        }

        if (bytes.Length == 0)
        {
            return (null, optional ? null : BadRequest(http, "本文がありません。JSONで送ってください。", "The body is empty: send JSON."));
        }

        if (!IsJsonInUtf8(request.ContentType))
        {
            return (null, Problems.UnsupportedMediaType(http));
        }

        var json = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        if (!Utf8.IsValid(json.Span))
        {
            return (null, BadRequest(http, "本文に UTF-8 として正しくないバイトがあります。", "The body has bytes that are not valid UTF-8."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Parsing);
        }
        catch (JsonException)
        {
            return (null, BadRequest(http, "本文が正しいJSONではありません。", "The body is not valid JSON."));
        }

        if (!StringsDecode(document.RootElement))
        {
            document.Dispose();
            return (null, BadRequest(http, "本文の文字列に、文字として読めない値（対になっていないサロゲートなど）があります。",
                "A string in the body is not readable text (an unpaired surrogate, for example)."));
        }

        return (document, null);
    }

    /// <summary>The body as <typeparamref name="T"/>, or the refusal; an empty optional body (or JSON null) gives (null, null).</summary>
    public static async Task<(T? Value, IActionResult? Refusal)> ReadAsync<T>(
        HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken, bool optional = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var (document, refusal) = await ReadDocumentAsync(request, cancellationToken, optional);
        if (document is null)
        {
            return (null, refusal);
        }

        using (document)
        {
            T? value;
            try
            {
                value = document.Deserialize<T>(options);
            }
            catch (JsonException e)
            {
                var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
                return (null, Problems.BadRequest(request.HttpContext, Invalid,
                    [new FieldError(field, new Text("この値の型が違います。", "This value has the wrong type."))]));
            }

            return value is null && !optional
                ? (null, BadRequest(request.HttpContext, "本文は JSON オブジェクトにしてください。", "The body must be a JSON object."))
                : (value, null);
        }
    }

    /// <summary>application/json or a +json type; a charset, when given, must be UTF-8 (RFC 8259 allows no other).</summary>
    public static bool IsJsonInUtf8(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var json = media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
        var charset = media.Charset.Value;
        return json && (charset is null or { Length: 0 } || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    private static IActionResult BadRequest(HttpContext http, string ja, string en) =>
        Problems.BadRequest(http, Invalid, [new FieldError("body", new Text(ja, en))]);

    private static async Task<(byte[] Bytes, bool TooLarge)> ReadBoundedAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    return ([], true);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own cap (Kestrel, both hosts) was reached first.
            return ([], true);
        }

        return (buffer.ToArray(), false);
    }

    private static bool StringsDecode(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Array:
                    return element.EnumerateArray().All(StringsDecode);
                case JsonValueKind.Object:
                    return element.EnumerateObject().All(p => p.Name.Length >= 0 && StringsDecode(p.Value));
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
