using Transformation.Organisation;

namespace Transformation.TeamUp.Judging;

/// <summary>One judge of the panel: how many entries are offered to them, how many they scored completely, whether they are done.</summary>
public sealed record JudgeProgress(StaffMember Judge, string? BureauCode, int Offered, int Scored, bool Finished);
