using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.Requests;
using Transformation.Overtime.Summaries;
using Transformation.Platform.Security;

namespace Transformation.Home;

/// <summary>The monthly overtime summaries on the home page: last month's for a head of the current roster, the ministry view for HR.</summary>
public sealed class OvertimeSummaryHomeTasks(RosterDirectory roster, OvertimeClock clock) : IHomeTasks
{
    public int Order => 40;

    public async Task<HomeSection?> ForAsync(Caller caller, StaffMember? person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var month = SummaryMonth.Previous(clock.Today);
        var name = OvertimeSummaryTexts.MonthName(month);
        var query = "?month=" + SummaryMonth.Format(month);
        var tasks = new List<HomeTask>();
        if (person is not null && caller.IsIn(Roles.DivisionHead))
        {
            var index = await roster.GetIndexAsync(null, cancellationToken);
            tasks.AddRange(SummaryPageFunctions.HeadedBy(index, person.StaffId).Select(d =>
                new HomeTask(OvertimeSummaryTexts.HomeDivision.With(name), $"/overtime/summary{query}&division={d.Code}",
                    new Platform.Localization.Text(d.Name, d.Name))));
        }

        if (caller.IsIn(Roles.HrAdmin))
        {
            tasks.Add(new HomeTask(OvertimeSummaryTexts.HomeMinistry.With(name), $"/overtime/summary/ministry{query}"));
        }

        return tasks.Count == 0 ? null : new HomeSection("overtime-summary", OvertimeSummaryTexts.HomeHeading, tasks);
    }
}
