using Transformation.Platform.Localization;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// The stored ranking for HR, with the method in both languages, the proposed award order and, once given, HR's
/// decision. <see cref="TieAtAwardLine"/> warns that the last proposed winner shares its rank with an entry left out.
/// </summary>
public sealed record RankingView(
    string SeasonId,
    string Phase,
    Text Method,
    IReadOnlyList<RankingRowView> Entries,
    IReadOnlyList<string> Proposal,
    bool TieAtAwardLine,
    AwardDecision? Award);
