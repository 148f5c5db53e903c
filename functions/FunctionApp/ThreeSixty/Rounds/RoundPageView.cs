using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>HR's 360 page: this year's and last year's rounds, and what HR may do with each.</summary>
/// <param name="Openable">The year HR may open (no round of it yet); null when this year's exists.</param>
public sealed record RoundPageView(IReadOnlyList<RoundCard> Rounds, int? Openable, CsrfField Csrf, Text? Notice = null, Text? Problem = null);

/// <summary>One round on the page, its times already in Japan time and written for the reader.</summary>
public sealed record RoundCard(
    RoundView Round, Text? NominationDeadline, Text? RatingDeadline, Text? ClosedAt, bool Nominating, bool Rating, string ExtendDefault);
