using Transformation.Platform.Links;
using Transformation.Platform.Localization;

namespace Transformation.Tests.Links;

/// <summary>Test data for issuing a link: a care-sheet approval link, version 1, valid for a day, unless told otherwise.</summary>
public sealed record LinkToIssue
{
    public const string ApprovePurpose = "test.approve";

    public string Purpose { get; init; } = ApprovePurpose;

    public string SubjectId { get; init; } = "S1001";

    public string ResourceId { get; init; } = "caresheet:" + Guid.NewGuid().ToString("N");

    public int Version { get; init; } = 1;

    public TimeSpan ValidFor { get; init; } = TimeSpan.FromDays(1);

    public Language Language { get; init; } = Language.Ja;

    public Task<IssuedLink> IssueAsync(ActionLinks links) =>
        links.IssueAsync(Purpose, SubjectId, ResourceId, Version, DateTimeOffset.UtcNow + ValidFor, Language);
}
