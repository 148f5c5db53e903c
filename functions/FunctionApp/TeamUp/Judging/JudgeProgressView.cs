namespace Transformation.TeamUp.Judging;

/// <summary>One judge's progress as HR reads it.</summary>
public sealed record JudgeProgressView(
    string StaffId, string Name, string BureauCode, string BureauName, int Offered, int Scored, int Remaining, bool Finished);
