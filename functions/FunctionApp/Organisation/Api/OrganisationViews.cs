using Transformation.Organisation.Lookup;
using Transformation.Platform.Localization;

namespace Transformation.Organisation.Api;

/// <summary>From look-up results to what the API answers.</summary>
public static class OrganisationViews
{
    public static StaffView Of(StaffMember s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.StaffId, s.Name, s.Email, s.BureauCode, s.BureauName, s.DivisionCode, s.DivisionName, s.Grade, s.SupervisorId,
            s.Language.Code());
    }

    public static DivisionView Of(DivisionMembers d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Division, Of(d.Head), d.HeadRule.ToString(), [.. d.Members.Select(Of)]);
    }

    public static RosterSummary Summary(RosterIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new(index.SnapshotId, index.Info.ImportedAt, index.Info.ImportedBy, index.Staff.Count, index.Bureaus);
    }
}
