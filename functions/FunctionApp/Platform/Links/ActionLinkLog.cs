using Microsoft.Extensions.Logging;

namespace Transformation.Platform.Links;

/// <summary>What the link service logs. A link appears by <see cref="LinkTokens.LogId"/> only, never by its token.</summary>
internal static partial class ActionLinkLog
{
    [LoggerMessage(LogLevel.Information, "Issued {Purpose} link {LinkId} for {ResourceId} version {Version}, expiring {ExpiresAt}")]
    public static partial void Issued(this ILogger log, string purpose, string linkId, string resourceId, int version, DateTimeOffset expiresAt);

    [LoggerMessage(LogLevel.Information, "Refused {Purpose} link {LinkId}: {Refusal}")]
    public static partial void Refused(this ILogger log, string purpose, string linkId, LinkRefusal refusal);

    [LoggerMessage(LogLevel.Information, "Redeemed {Purpose} link {LinkId} for {ResourceId} version {Version}")]
    public static partial void Redeemed(this ILogger log, string purpose, string linkId, string resourceId, int version);

    [LoggerMessage(LogLevel.Information, "Revoked every link of {ResourceId}")]
    public static partial void RevokedAll(this ILogger log, string resourceId);

    [LoggerMessage(LogLevel.Error, "No action-link handler is registered for purpose {Purpose}")]
    public static partial void NoHandler(this ILogger log, string purpose);
}
