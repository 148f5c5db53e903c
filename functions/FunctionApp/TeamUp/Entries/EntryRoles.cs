using Transformation.Platform.Security;

namespace Transformation.TeamUp.Entries;

/// <summary>The role lists of the entry routes; who exactly may read or write is decided per entry after the role.</summary>
public static class EntryRoles
{
    public const string Writers = Roles.DivisionHead;

    public const string Followers = Roles.HrAdmin + "," + Roles.BureauCoordinator;
}
