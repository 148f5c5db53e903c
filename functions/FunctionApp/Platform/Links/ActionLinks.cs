using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;

namespace Transformation.Platform.Links;

/// <summary>
/// Issues and redeems the links put in emails (survey links, approval links). The token in the link is
/// the only credential: whoever holds it may act, without signing in. So a link is stored only as a hash
/// (see <see cref="LinkTokens"/>), works once, for one purpose, one version of one resource, until it expires.
/// </summary>
public sealed class ActionLinks(Tables tables, TimeProvider time, IOptions<AppOptions> app, ILogger<ActionLinks> log)
{
    public const string LinkTable = "ActionLinks";
    public const string ResourceTable = "ActionLinkResources";

    /// <summary>Issues a link and returns its token and URL (<c>App:PublicBaseUrl</c> + /links/{token}).</summary>
    /// <param name="resourceId">What the link acts on. Prefix it with its kind (e.g. "caresheet:123") so features cannot collide.</param>
    /// <param name="language">The recipient's language; refusal pages for this link are written in it.</param>
    public async Task<IssuedLink> IssueAsync(string purpose, string subjectId, string resourceId, int resourceVersion,
        DateTimeOffset expiresAt, Language language, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceId);
        ArgumentOutOfRangeException.ThrowIfNegative(resourceVersion);
        var now = time.GetUtcNow();
        if (expiresAt <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(expiresAt), expiresAt, "A link must expire in the future.");
        }

        var resource = await ReadResourceAsync(resourceId, cancellationToken);
        var token = LinkTokens.New();
        var entity = new ActionLinkEntity
        {
            PartitionKey = LinkTokens.Hash(token),
            Purpose = purpose,
            SubjectId = subjectId,
            ResourceId = resourceId,
            ResourceVersion = resourceVersion,
            Language = language.Code(),
            IssuedAt = now,
            ExpiresAt = expiresAt,
            Generation = resource?.Generation ?? 0,
        };
        // Add, never upsert: a hash collision (not expected in this universe) fails instead of replacing someone's link.
        var table = await tables.GetAsync(LinkTable, cancellationToken);
        await table.AddEntityAsync(entity, cancellationToken);
        var linkId = LinkTokens.LogId(token);
        log.Issued(purpose, linkId, resourceId, resourceVersion, expiresAt);
        return new IssuedLink(token, UrlOf(token), expiresAt);
    }

    /// <summary>
    /// What a link is and whether it could be used now, changing nothing: for showing the page before
    /// the person decides. Purpose and version are not checked here (the caller checks the version it knows).
    /// </summary>
    public async Task<LinkResult> InspectAsync(string token, CancellationToken cancellationToken = default)
    {
        var (_, link) = await LoadAsync(token, cancellationToken);
        if (link is null)
        {
            return LinkResult.Refused(LinkRefusal.Unknown, null);
        }

        var refusal = ActionLinkRules.Judge(link, null, null, time.GetUtcNow());
        return refusal is null ? LinkResult.Ok(link) : LinkResult.Refused(refusal.Value, link);
    }

    /// <summary>
    /// Uses the link up. Succeeds once: the used-mark is written only if the row is unchanged since it was
    /// read (its ETag), so of two simultaneous redemptions exactly one wins and the other sees AlreadyUsed.
    /// One-time because a link travels in email: it is forwarded, kept in archives, and read by scanners
    /// that follow links; after its one use none of those copies can act again.
    /// </summary>
    /// <param name="currentVersion">The resource's version now; a link issued for an older one is Superseded.</param>
    /// <param name="usedBy">Who used it, if the feature knows (kept and shown on a later AlreadyUsed).</param>
    /// <param name="decision">What was decided, if the feature wants it kept with the link.</param>
    public async Task<LinkResult> RedeemAsync(string token, string purpose, int currentVersion,
        string? usedBy = null, string? decision = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var table = await tables.GetAsync(LinkTable, cancellationToken);
        while (true)
        {
            var (entity, link) = await LoadAsync(token, cancellationToken);
            if (entity is null || link is null)
            {
                return LinkResult.Refused(LinkRefusal.Unknown, null);
            }

            var now = time.GetUtcNow();
            var linkId = LinkTokens.LogId(token);
            var refusal = ActionLinkRules.Judge(link, purpose, currentVersion, now);
            if (refusal is not null)
            {
                log.Refused(purpose, linkId, refusal.Value);
                return LinkResult.Refused(refusal.Value, link);
            }

            entity.UsedAt = now;
            entity.UsedBy = usedBy;
            entity.Decision = decision;
            try
            {
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Merge, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Someone redeemed it between our read and our write: read again, and report what they did.
                // This ends: a redemption is the only write to a link row, and after it the link is refused.
                continue;
            }

            log.Redeemed(purpose, linkId, link.ResourceId, link.ResourceVersion);
            return LinkResult.Ok(link with { UsedAt = now, UsedBy = usedBy, Decision = decision });
        }
    }

    /// <summary>
    /// Revokes every link issued so far for a resource (e.g. a withdrawn sheet), with one write to the
    /// resource's row. Links issued afterwards work. A redemption already past its checks when this runs
    /// may still complete: it counts as having happened first.
    /// </summary>
    public async Task RevokeAllAsync(string resourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceId);
        var table = await tables.GetAsync(ResourceTable, cancellationToken);
        while (true)
        {
            var now = time.GetUtcNow();
            var resource = await ReadResourceAsync(resourceId, cancellationToken);
            try
            {
                if (resource is null)
                {
                    await table.AddEntityAsync(new LinkResourceEntity { PartitionKey = TableKeys.Encode(resourceId), Generation = 1,
                        RevokedAt = now }, cancellationToken);
                }
                else
                {
                    resource.Generation++;
                    resource.RevokedAt = now;
                    await table.UpdateEntityAsync(resource, resource.ETag, TableUpdateMode.Replace, cancellationToken);
                }
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                continue; // another revocation got there first; raise the generation past theirs
            }

            log.RevokedAll(resourceId);
            return;
        }
    }

    private Uri UrlOf(string token) =>
        new(app.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/') + "/links/" + token);

    private async Task<(ActionLinkEntity? Entity, ActionLink? Link)> LoadAsync(string token, CancellationToken cancellationToken)
    {
        if (!LinkTokens.IsWellFormed(token))
        {
            return (null, null);
        }

        var table = await tables.GetAsync(LinkTable, cancellationToken);
        var read = await table.GetEntityIfExistsAsync<ActionLinkEntity>(LinkTokens.Hash(token), ActionLinkEntity.Row,
            cancellationToken: cancellationToken);
        if (!read.HasValue || read.Value is not { } e)
        {
            return (null, null);
        }

        var resource = await ReadResourceAsync(e.ResourceId, cancellationToken);
        var revokedAt = resource is not null && resource.Generation > e.Generation
            ? resource.RevokedAt ?? DateTimeOffset.MinValue
            : (DateTimeOffset?)null;
        var link = new ActionLink(e.Purpose, e.SubjectId, e.ResourceId, e.ResourceVersion, Languages.Parse(e.Language),
            e.IssuedAt, e.ExpiresAt, e.UsedAt, e.UsedBy, e.Decision, revokedAt);
        return (e, link);
    }

    private async Task<LinkResourceEntity?> ReadResourceAsync(string resourceId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(ResourceTable, cancellationToken);
        var read = await table.GetEntityIfExistsAsync<LinkResourceEntity>(TableKeys.Encode(resourceId), LinkResourceEntity.Row,
            cancellationToken: cancellationToken);
        return read.HasValue ? read.Value : null;
    }
}
