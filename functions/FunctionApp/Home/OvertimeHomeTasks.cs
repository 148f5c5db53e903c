using Transformation.Organisation;
using Transformation.Overtime.MyOvertime;
using Transformation.Overtime.Requests;
using Transformation.Platform.Security;

namespace Transformation.Home;

/// <summary>Overtime on the home page: the person's own (today's request), and for a supervisor the requests waiting for them.</summary>
public sealed class OvertimeHomeTasks(OvertimeStore store, ApproverInbox inbox, OvertimeRoster roster, OvertimeClock clock) : IHomeTasks
{
    public int Order => 40;

    public async Task<HomeSection?> ForAsync(Caller caller, StaffMember? person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (person is null)
        {
            return null;
        }

        var tasks = new List<HomeTask>();
        var today = (await store.GetDayAsync(caller.StaffId, clock.Today, cancellationToken))?.Value;
        tasks.Add(new HomeTask(HomeTexts.MyOvertime, "/overtime",
            today is null ? null : HomeTexts.MyOvertimeToday.With(MyOvertimeTexts.StateName(today.State))));

        var index = await roster.IndexAsync(cancellationToken);
        if (OvertimeRoster.Supervises(index, caller.StaffId))
        {
            var waiting = 0;
            foreach (var (staffId, day) in await inbox.ListAsync(caller.StaffId, cancellationToken))
            {
                if ((await store.GetDayAsync(staffId, day, cancellationToken))?.Value is { State: OvertimeState.Pending } pending
                    && pending.ApproverId == caller.StaffId)
                {
                    waiting++;
                }
            }

            tasks.Add(new HomeTask(HomeTexts.OvertimeToApprove, "/overtime/approvals",
                waiting > 0 ? HomeTexts.OvertimeToApproveCount.With(waiting) : null));
        }

        return new HomeSection("overtime", HomeTexts.Overtime, tasks);
    }
}
