namespace Transformation.Organisation.Import;

/// <summary>Compares two rosters by staff id: new ids joined, missing ids left, a changed division code is a move.</summary>
public static class RosterDiff
{
    public static RosterChanges Compare(IEnumerable<StaffMember> before, IEnumerable<StaffMember> after)
    {
        var old = before.ToDictionary(s => s.StaffId, StringComparer.Ordinal);
        var now = after.ToDictionary(s => s.StaffId, StringComparer.Ordinal);
        var joined = now.Values.Where(s => !old.ContainsKey(s.StaffId)).Select(Change);
        var left = old.Values.Where(s => !now.ContainsKey(s.StaffId)).Select(Change);
        var moved = now.Values
            .Where(s => old.TryGetValue(s.StaffId, out var was) && was.DivisionCode != s.DivisionCode)
            .Select(s => new StaffMove(s.StaffId, s.Name, old[s.StaffId].DivisionCode, old[s.StaffId].DivisionName, s.DivisionCode, s.DivisionName));
        return new RosterChanges(
            [.. joined.OrderBy(c => c.StaffId, StringComparer.Ordinal)],
            [.. left.OrderBy(c => c.StaffId, StringComparer.Ordinal)],
            [.. moved.OrderBy(m => m.StaffId, StringComparer.Ordinal)]);
    }

    private static StaffChange Change(StaffMember s) => new(s.StaffId, s.Name, s.DivisionCode, s.DivisionName);
}
