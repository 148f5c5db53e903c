using Transformation.Organisation.Snapshots;

namespace Transformation.Organisation.Lookup;

/// <summary>
/// One snapshot of the roster, indexed in memory for look-ups. Snapshots never change once written,
/// so an index is built once and shared by every caller.
/// </summary>
public sealed class RosterIndex
{
    private readonly Dictionary<string, StaffMember> _byId;
    private readonly Dictionary<string, DivisionMembers> _divisions;
    private readonly Dictionary<string, Bureau> _bureaus;
    private readonly Dictionary<string, IReadOnlyList<StaffMember>> _bureauStaff;
    private readonly Dictionary<string, StaffMember> _byEmail;
    private readonly HashSet<string> _heads;

    public RosterIndex(RosterSnapshotInfo info, IReadOnlyList<StaffMember> staff, IReadOnlyList<string> headGrades)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(staff);
        Info = info;
        Staff = [.. staff.OrderBy(s => s.StaffId, StringComparer.Ordinal)];
        _byId = Staff.ToDictionary(s => s.StaffId, StringComparer.Ordinal);
        _divisions = Staff
            .GroupBy(s => s.DivisionCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Members(g.ToList(), headGrades), StringComparer.Ordinal);
        _bureaus = _divisions.Values
            .GroupBy(d => d.Division.BureauCode, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new Bureau(g.Key, g.First().Division.BureauName, g.Sum(d => d.Members.Count),
                    [.. g.Select(d => d.Division).OrderBy(d => d.Code, StringComparer.Ordinal)]),
                StringComparer.Ordinal);
        _bureauStaff = Staff
            .GroupBy(s => s.BureauCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StaffMember>)g.ToList(), StringComparer.Ordinal);

        // An address two rows share names nobody: signing in with it matches no one rather than the wrong person.
        _byEmail = Staff
            .Where(s => !string.IsNullOrWhiteSpace(s.Email))
            .GroupBy(s => s.Email.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _heads = _divisions.Values.Select(d => d.Head.StaffId).ToHashSet(StringComparer.Ordinal);
    }

    public RosterSnapshotInfo Info { get; }

    public string SnapshotId => Info.SnapshotId;

    /// <summary>Everyone, ordered by staff id.</summary>
    public IReadOnlyList<StaffMember> Staff { get; }

    public IReadOnlyList<Bureau> Bureaus => [.. _bureaus.Values.OrderBy(b => b.Code, StringComparer.Ordinal)];

    public IReadOnlyList<Division> Divisions => [.. _divisions.Values.Select(d => d.Division).OrderBy(d => d.Code, StringComparer.Ordinal)];

    public StaffMember? Person(string staffId) => _byId.GetValueOrDefault(staffId);

    /// <summary>The person whose roster email this is (case-insensitive); null when none, or when two rows share it.</summary>
    public StaffMember? PersonByEmail(string email) => _byEmail.GetValueOrDefault(email.Trim());

    /// <summary>Whether the person heads at least one division (their own, or one whose head sits outside it).</summary>
    public bool HeadsADivision(string staffId) => _heads.Contains(staffId);

    /// <summary>The supervisor, their supervisor, and so on to the top; null when the person is not in this snapshot.</summary>
    public IReadOnlyList<StaffMember>? SupervisorChain(string staffId)
    {
        if (!_byId.TryGetValue(staffId, out var person))
        {
            return null;
        }

        var chain = new List<StaffMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { staffId };

        // Imports reject circles; the seen-set only keeps a damaged table from looping forever.
        while (person.SupervisorId is { } next && seen.Add(next) && _byId.TryGetValue(next, out var supervisor))
        {
            chain.Add(supervisor);
            person = supervisor;
        }

        return chain;
    }

    public DivisionMembers? Division(string divisionCode) => _divisions.GetValueOrDefault(divisionCode);

    public Bureau? Bureau(string bureauCode) => _bureaus.GetValueOrDefault(bureauCode);

    /// <summary>The staff of a bureau, ordered by staff id; null when the bureau is not in this snapshot.</summary>
    public IReadOnlyList<StaffMember>? BureauStaff(string bureauCode) => _bureauStaff.GetValueOrDefault(bureauCode);

    private static DivisionMembers Members(List<StaffMember> members, IReadOnlyList<string> headGrades)
    {
        var first = members[0];
        var division = new Division(first.DivisionCode, first.DivisionName, first.BureauCode, first.BureauName, members.Count);
        var (head, rule) = DivisionHeads.Pick(members, headGrades);
        return new DivisionMembers(division, members, head, rule);
    }
}
