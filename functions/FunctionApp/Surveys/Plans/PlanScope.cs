using Transformation.Organisation.Lookup;
using Transformation.Surveys.Results;

namespace Transformation.Surveys.Plans;

/// <summary>Everything one plan is read against: the cycle's schedule, its roster snapshot, the division, and its results (null if none
/// stored).</summary>
public sealed record PlanScope(FollowThroughSchedule Schedule, RosterIndex Roster, DivisionMembers Division, GroupResult? Results)
{
    public string CycleId => Schedule.CycleId;

    public string DivisionCode => Division.Division.Code;

    public string BureauCode => Division.Division.BureauCode;
}
