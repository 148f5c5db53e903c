namespace Transformation.TeamUp.Entries;

/// <summary>A bureau's counts: divisions, how many have not started, have a draft, have submitted, and the share submitted (0–1).</summary>
public sealed record CompletionBureau(
    string BureauCode,
    string BureauName,
    int Divisions,
    int NotStarted,
    int Draft,
    int Submitted,
    double Rate);
