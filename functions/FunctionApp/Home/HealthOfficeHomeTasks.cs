using Transformation.Organisation;
using Transformation.Platform.Security;

namespace Transformation.Home;

/// <summary>The health office's standing task on the home page: the doctor's-interview flags (HR reaches them from its own section).</summary>
public sealed class HealthOfficeHomeTasks : IHomeTasks
{
    public int Order => 95;

    public Task<HomeSection?> ForAsync(Caller caller, StaffMember? person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        HomeSection? section = caller.IsIn(Roles.HealthOffice) && !caller.IsIn(Roles.HrAdmin)
            ? new HomeSection("health-office", HomeTexts.HealthOffice, [new HomeTask(HomeTexts.OvertimeInterviews, "/overtime/interviews")])
            : null;
        return Task.FromResult(section);
    }
}
