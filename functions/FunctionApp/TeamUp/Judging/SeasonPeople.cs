using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.TeamUp.Entries;

namespace Transformation.TeamUp.Judging;

/// <summary>The people a season deals with: its roster snapshot first, then the current roster for anyone who joined later.</summary>
public sealed class SeasonPeople(RosterIndex? snapshot, RosterIndex? current)
{
    public RosterIndex? Snapshot => snapshot;

    public StaffMember? Find(string staffId) => snapshot?.Person(staffId) ?? current?.Person(staffId);

    public StaffMember Person(string staffId) => Find(staffId) ?? JudgingService.Unknown(staffId);

    public string? BureauOf(string staffId) => Find(staffId)?.BureauCode is { Length: > 0 } bureau ? bureau : null;

    /// <summary>The bureau an entry belongs to: as stored with the entry, else its division's in the snapshot.</summary>
    public string EntryBureau(Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.BureauCode.Length > 0 ? entry.BureauCode : snapshot?.Division(entry.DivisionCode)?.Division.BureauCode ?? "";
    }

    public bool IsOwnBureau(string? judgeBureau, Entry entry) => judgeBureau is not null && judgeBureau == EntryBureau(entry);

    public Bureau? Bureau(string bureauCode) => snapshot?.Bureau(bureauCode) ?? current?.Bureau(bureauCode);

    public DivisionMembers? Division(string divisionCode) => snapshot?.Division(divisionCode) ?? current?.Division(divisionCode);
}
