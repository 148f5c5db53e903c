using Transformation.Platform.Localization;

namespace Transformation.Platform.Links;

/// <summary>What a link was issued for, and whether and how it was used. Never carries the token.</summary>
/// <param name="SubjectId">The person the link is for (their staff id).</param>
/// <param name="Language">The recipient's language when the link was issued; pages about the link use it.</param>
/// <param name="UsedBy">Who redeemed it, when the redeeming feature recorded it.</param>
/// <param name="Decision">What was decided with it (e.g. "approved"), when the redeeming feature recorded it.</param>
public sealed record ActionLink(
    string Purpose,
    string SubjectId,
    string ResourceId,
    int ResourceVersion,
    Language Language,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt,
    string? UsedBy,
    string? Decision,
    DateTimeOffset? RevokedAt);
