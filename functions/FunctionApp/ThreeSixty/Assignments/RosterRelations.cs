using Transformation.Organisation;

namespace Transformation.ThreeSixty.Assignments;

/// <summary>
/// The roster snapshot of a round seen as reporting lines: who a person is, who reports to whom. Built once per
/// snapshot from its staff list (the roster index has no "reports of" look-up) and only read afterwards.
/// </summary>
public sealed class RosterRelations
{
    private static readonly IReadOnlyList<StaffMember> Nobody = [];
    private readonly Dictionary<string, StaffMember> _byId;
    private readonly Dictionary<string, List<StaffMember>> _reports;
    private readonly Dictionary<string, StaffMember> _byEmail;

    public RosterRelations(IEnumerable<StaffMember> staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        _byId = new Dictionary<string, StaffMember>(StringComparer.Ordinal);
        foreach (var person in staff)
        {
            _byId[person.StaffId] = person;
        }

        _reports = new Dictionary<string, List<StaffMember>>(StringComparer.Ordinal);
        foreach (var person in _byId.Values.OrderBy(p => p.StaffId, StringComparer.Ordinal))
        {
            if (person.SupervisorId is { } supervisor && supervisor != person.StaffId)
            {
                if (!_reports.TryGetValue(supervisor, out var list))
                {
                    _reports[supervisor] = list = [];
                }

                list.Add(person);
            }
        }

        // An address two rows share names nobody, as at sign-in: a typed address never picks the wrong person.
        _byEmail = _byId.Values
            .Where(s => !string.IsNullOrWhiteSpace(s.Email))
            .GroupBy(s => s.Email.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    public int Count => _byId.Count;

    public StaffMember? Person(string staffId) => _byId.GetValueOrDefault(staffId);

    public StaffMember? PersonByEmail(string email) => _byEmail.GetValueOrDefault(email.Trim());

    /// <summary>Everyone whose roster supervisor is this person, ordered by staff id.</summary>
    public IReadOnlyList<StaffMember> ReportsOf(string staffId) => _reports.TryGetValue(staffId, out var list) ? list : Nobody;

    /// <summary>The supervisor when they are in the snapshot (and not the person themselves).</summary>
    public StaffMember? SupervisorOf(StaffMember person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.SupervisorId is { } id && id != person.StaffId ? Person(id) : null;
    }
}
