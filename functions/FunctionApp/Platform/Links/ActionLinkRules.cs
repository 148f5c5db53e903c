namespace Transformation.Platform.Links;

/// <summary>Whether a stored link may be used now. Pure, so the order of the checks is tested directly.</summary>
public static class ActionLinkRules
{
    /// <summary>
    /// The refusal that applies, or null. The order picks the most useful message for the person:
    /// "already used (at ...)" over "withdrawn" over "a newer version exists" over "expired".
    /// </summary>
    /// <param name="purpose">The purpose the caller expects, or null to skip that check (inspection).</param>
    /// <param name="currentVersion">The resource's version now, or null to skip that check.</param>
    public static LinkRefusal? Judge(ActionLink link, string? purpose, int? currentVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (purpose is not null && !string.Equals(purpose, link.Purpose, StringComparison.Ordinal))
        {
            return LinkRefusal.WrongPurpose;
        }

        if (link.UsedAt is not null)
        {
            return LinkRefusal.AlreadyUsed;
        }

        if (link.RevokedAt is not null)
        {
            return LinkRefusal.Revoked;
        }

        // Bound to a version: an approver must decide on what they were sent. If the sheet was
        // revised since, approving through the old link would approve text they never saw.
        if (currentVersion is { } current && current > link.ResourceVersion)
        {
            return LinkRefusal.Superseded;
        }

        return now >= link.ExpiresAt ? LinkRefusal.Expired : null;
    }
}
