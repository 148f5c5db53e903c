using System.Text.Json.Serialization;

namespace Transformation.Platform.Mail;

/// <summary>A message the local outbox kept, as GET /dev/outbox lists it.</summary>
public sealed record OutboxMessage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("html")] string Html,
    [property: JsonPropertyName("links")] IReadOnlyList<string> Links,
    [property: JsonPropertyName("sentAt")] DateTimeOffset SentAt,
    [property: JsonPropertyName("batchKey")] string BatchKey);
