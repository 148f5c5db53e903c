using Transformation.Organisation.Api;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Security;
using Transformation.Surveys.Results;

namespace Transformation.Surveys.Publication;

/// <summary>
/// Who may read which results: the ministry's are published to all staff; a division's to HR, that division's
/// head and its bureau's coordinator; a bureau's to HR and its coordinator (and, as a sheet, to the head of a
/// division of it whose own results are hidden). "Own" is the caller's place in the current roster, as for the
/// organisation pages.
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

    /// <summary>
    /// The head of a division whose results are hidden in a cycle may read that cycle's sheet of the division's bureau:
    /// it is the reference their plan mail links to. Only the sheet of their own bureau, only while their own division
    /// is hidden, and nothing its coordinator does not read already; suppression protects every group against a reader
    /// of all published results (HR), so more readers of published results cannot uncover a hidden one.
    /// </summary>
    public static bool MaySeeAsReference(Caller caller, RosterIndex? current, GroupKey key, SurveyResults? results)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (key.Level != GroupLevel.Bureau || current is null || results is null || !caller.IsIn(Roles.DivisionHead))
        {
            return false;
        }

        return results.Divisions.Any(d => !d.ScoresShown && d.Parent == key
            && string.Equals(current.Division(d.Key.Code)?.Head.StaffId, caller.StaffId, StringComparison.Ordinal));
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
