namespace Transformation.Surveys.Participation;

/// <summary>How many of a group (a division, a bureau, the ministry) were invited and have answered.</summary>
public sealed record GroupRate(string Code, string Name, string? BureauCode, int Invited, int Submitted)
{
    /// <summary>Share answered, 0–1.</summary>
    public double Rate => Invited == 0 ? 0 : (double)Submitted / Invited;
}
