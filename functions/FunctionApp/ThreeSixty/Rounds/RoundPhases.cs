namespace Transformation.ThreeSixty.Rounds;

/// <summary>The phases HR sees on the round's page and in the API, in order.</summary>
public static class RoundPhases
{
    public const string Opening = "opening";
    public const string Nominating = "nominating";
    public const string Rating = "rating";
    public const string Closing = "closing";
    public const string Reporting = "reporting";
    public const string Reported = "reported";
    public const string Failed = "failed";
}
