using Transformation.Organisation;
using Transformation.Platform.Security;

namespace Transformation.Home;

/// <summary>HR's standing tasks on the home page.</summary>
public sealed class HrHomeTasks : IHomeTasks
{
    public int Order => 90;

    public Task<HomeSection?> ForAsync(Caller caller, StaffMember? person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        HomeSection? section = caller.IsIn(Roles.HrAdmin)
            ? new HomeSection("hr", HomeTexts.Hr,
            [
                new HomeTask(HomeTexts.Attention, "/attention"),
                new HomeTask(HomeTexts.AllSheets, "/care-sheets/all"),
                new HomeTask(HomeTexts.SurveyCycles, "/survey-cycles"),
                new HomeTask(HomeTexts.TeamUpSeasons, "/team-up-seasons"),
                new HomeTask(HomeTexts.OvertimeDesignations, "/overtime/designations"),
                new HomeTask(HomeTexts.OvertimeActuals, "/overtime/actuals/import"),
                new HomeTask(HomeTexts.OvertimeInterviews, "/overtime/interviews"),
                new HomeTask(HomeTexts.OvertimeSpecialDuty, "/overtime/special-duty"),
                new HomeTask(HomeTexts.Roster, "/organisation/roster"),
            ])
            : null;
        return Task.FromResult(section);
    }
}
