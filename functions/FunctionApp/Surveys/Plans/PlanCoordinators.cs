using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;

namespace Transformation.Surveys.Plans;

/// <summary>
/// Who coordinates a bureau's plans (各局総務課). The roster has no such role, so the setting
/// SurveyPlans:Coordinators lists staff ids per bureau code; a bureau with nobody listed (or nobody of
/// the list still in the roster) falls back to its top person: the member whose supervisor is outside the
/// bureau (or who has none), the lowest staff id first when there are several.
/// </summary>
public sealed class PlanCoordinators(IOptions<SurveyPlanOptions> options)
{
    public IReadOnlyList<StaffMember> For(string bureauCode, RosterIndex roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var listed = options.Value.Coordinators.TryGetValue(bureauCode, out var ids)
            ? ids.Select(roster.Person).OfType<StaffMember>().ToList()
            : [];
        if (listed.Count > 0)
        {
            return listed;
        }

        var staff = roster.BureauStaff(bureauCode) ?? [];
        var top = staff.FirstOrDefault(s => s.SupervisorId is null || roster.Person(s.SupervisorId)?.BureauCode != bureauCode);
        return top is null ? [] : [top];
    }

    /// <summary>Whether a staff member is named a coordinator of the bureau in the settings.</summary>
    public bool IsListed(string staffId, string bureauCode) =>
        options.Value.Coordinators.TryGetValue(bureauCode, out var ids) && ids.Contains(staffId, StringComparer.Ordinal);
}
