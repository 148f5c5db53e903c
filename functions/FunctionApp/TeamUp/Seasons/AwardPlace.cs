namespace Transformation.TeamUp.Seasons;

/// <summary>One winning entry: which award it received and its place in the award order (1 = first).</summary>
public sealed record AwardPlace(int Place, string AwardId, string DivisionCode);
