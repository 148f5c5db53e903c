using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Publication;

/// <summary>The published entries page: the list as searched, or, before the deadline, when it will be published.</summary>
/// <param name="List">The published entries (null before the entry deadline).</param>
/// <param name="NotYet">When the entries will be published (only when <paramref name="List"/> is null).</param>
public sealed record PublicationPageView(PublicationView? List, Text? NotYet);
