using Transformation.Organisation.Lookup;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Entries;

/// <summary>A division's place in a season: the season, its roster snapshot and the division (with its head) in it.</summary>
public sealed record EntryScope(Season Season, RosterIndex Snapshot, DivisionMembers Division)
{
    public string SeasonId => Season.SeasonId;

    public string DivisionCode => Division.Division.Code;

    public string BureauCode => Division.Division.BureauCode;
}
