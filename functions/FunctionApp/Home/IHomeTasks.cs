using Transformation.Organisation;
using Transformation.Platform.Security;

namespace Transformation.Home;

/// <summary>A process's contribution to the home page: what waits for this caller in it, from the stored state.</summary>
public interface IHomeTasks
{
    /// <summary>Where the section stands on the page (lower first).</summary>
    int Order { get; }

    /// <param name="person">The caller's roster entry; null for HR outside the roster.</param>
    Task<HomeSection?> ForAsync(Caller caller, StaffMember? person, CancellationToken cancellationToken);
}
