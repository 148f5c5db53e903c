using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Transformation.Platform.Mail;

namespace Transformation.LocalHost.Dev;

/// <summary>
/// GET /dev/outbox: the mail the local outbox kept, for developers and tests (newest first, <c>?to=</c> one recipient,
/// <c>?take=</c> at most that many, default 200). GET /dev/outbox/{id}: that message's HTML as a page, links clickable.
/// Local only: these are not functions, and the Azure app has no such route.
/// </summary>
public static class OutboxEndpoints
{
    private const int DefaultTake = 200;

    public static IEndpointRouteBuilder MapDevOutbox(this IEndpointRouteBuilder endpoints)
    {
        // Opening a mail from the outbox is the local stand-in for reading it in a mail client: no sign-in.
        var outbox = endpoints.MapGroup("/dev/outbox").AllowAnonymous();
        outbox.MapGet("", async (MailOutbox store, string? to, int? take, CancellationToken cancellationToken) =>
            Results.Ok(await store.ListAsync(to, take ?? DefaultTake, cancellationToken)));
        outbox.MapGet("/{id}", async (string id, MailOutbox store, CancellationToken cancellationToken) =>
            await store.FindAsync(id, cancellationToken) is { } message
                ? Results.Content(PageOf(message), "text/html; charset=utf-8")
                : Results.NotFound());
        return endpoints;
    }

    // A text-only message is shown as preformatted text, so its links are still there to copy.
    private static string PageOf(OutboxMessage message) =>
        !string.IsNullOrWhiteSpace(message.Html)
            ? message.Html
            : $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(message.Subject)}</title></head>"
                + $"<body><pre>{WebUtility.HtmlEncode(message.Text)}</pre></body></html>";
}
