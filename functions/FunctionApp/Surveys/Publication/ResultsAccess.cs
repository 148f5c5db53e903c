using Transformation.Organisation.Api;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Security;
using Transformation.Surveys.Results;

namespace Transformation.Surveys.Publication;

/// <summary>
/// Who may read which results: the ministry's are published to all staff; a division's to HR, that division's
/// head and its bureau's coordinator; a bureau's to HR and its coordinator. "Own" is the caller's place in
/// the current roster, as for the organisation pages.
/// </summary>
public static class ResultsAccess
{
    public static bool MaySee(Caller caller, RosterIndex? current, GroupKey key)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (key.Level == GroupLevel.Ministry || caller.IsIn(Roles.HrAdmin))
        {
            return true;
        }

        if (current is null)
        {
            return false;
        }

        return key.Level == GroupLevel.Division
            ? OrganisationAccess.MaySeeDivision(caller, current, key.Code)
            : OrganisationAccess.MaySeeBureau(caller, current, key.Code);
    }

    /// <summary>"division:D1", "bureau:B1", "ministry" (or a level and a code from a route); null when unreadable.</summary>
    public static GroupKey? Parse(string? level, string? code)
    {
        return level?.ToLowerInvariant() switch
        {
            "ministry" => GroupKey.Ministry,
            "division" when !string.IsNullOrWhiteSpace(code) => GroupKey.Division(code),
            "bureau" when !string.IsNullOrWhiteSpace(code) => GroupKey.Bureau(code),
            _ => null,
        };
    }

    public static GroupKey? Parse(string? group)
    {
        if (string.IsNullOrWhiteSpace(group))
        {
            return GroupKey.Ministry;
        }

        var parts = group.Split(':', 2);
        return Parse(parts[0], parts.Length == 2 ? parts[1] : null);
    }
}
