namespace Transformation.TeamUp.Seasons;

/// <summary>The external events the season orchestration listens for, raised by HR's API calls after the change is stored.</summary>
public static class SeasonEvents
{
    /// <summary>HR named (or changed) the panel; the data is the number of judges.</summary>
    public const string PanelNamed = "TeamUpPanelNamed";

    /// <summary>HR confirmed the awards (stored with <see cref="SeasonStore.SaveAwardAsync"/>); the data is the decider's staff id.</summary>
    public const string AwardConfirmed = "TeamUpAwardConfirmed";
}
