using System.Text.Json;
using Transformation.Tests.Support;

namespace Transformation.Tests.Mail;

/// <summary>Reads what the SendGrid client put on the wire.</summary>
internal static class SendGridRequests
{
    public static JsonElement Json(this RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement;

    public static string Chunk(this RecordedRequest request) => request.Json().GetProperty("custom_args").GetProperty("chunk").GetString()!;

    public static IReadOnlyList<JsonElement> Personalizations(this RecordedRequest request) =>
        [.. request.Json().GetProperty("personalizations").EnumerateArray()];

    public static IEnumerable<string> Recipients(this RecordedRequest request) =>
        request.Personalizations().Select(p => Assert.Single(p.GetProperty("to").EnumerateArray().ToList()).GetProperty("email").GetString()!);
}
