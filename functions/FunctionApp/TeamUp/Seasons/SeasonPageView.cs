using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Seasons;

/// <summary>A season's home page: its stage and deadlines (in Japan time, written for the reader) and the reader's pages.</summary>
/// <param name="JudgingDeadline">Null until judging opens.</param>
/// <param name="Links">The pages the reader has a part in, in the order a season runs.</param>
public sealed record SeasonPageView(string Phase, Text EntryDeadline, Text? JudgingDeadline, IReadOnlyList<SeasonLink> Links);

/// <summary>One line of the season's pages: a link, or (with no path) a line saying when the page will open.</summary>
public sealed record SeasonLink(string? Path, Text Label);
