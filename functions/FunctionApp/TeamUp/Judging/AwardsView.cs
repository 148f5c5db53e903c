using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Judging;

/// <summary>The season's awards as all staff read them: the winners, HR's comment, the method.</summary>
public sealed record AwardsView(
    string SeasonId,
    IReadOnlyList<WinnerView> Winners,
    string Comment,
    bool Adjusted,
    DateTimeOffset DecidedAtUtc,
    Text Method);
