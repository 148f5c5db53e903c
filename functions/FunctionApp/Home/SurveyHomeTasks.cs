using System.Globalization;
using Transformation.Organisation;
using Transformation.Platform.Hosting;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Participation;

namespace Transformation.Home;

/// <summary>The staff survey on the home page: the open cycle (answered through the mailed link), then results and plans.</summary>
public sealed class SurveyHomeTasks(SurveyCycles cycles, SurveyLinkResend resend, JapanTime japan, TimeProvider clock) : IHomeTasks
{
    public int Order => 20;

    public async Task<HomeSection?> ForAsync(Caller caller, StaffMember? person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var now = clock.GetUtcNow();
        var year = japan.ToLocal(now).Year;
        var thisYear = await cycles.GetAsync(year.ToString(CultureInfo.InvariantCulture), cancellationToken);
        var lastYear = await cycles.GetAsync((year - 1).ToString(CultureInfo.InvariantCulture), cancellationToken);
        var tasks = new List<HomeTask>();
        // While this year's cycle is open, last year's results and plans (whose mid-term follow-up runs now) stay on the page.
        foreach (var cycle in new[] { thisYear, lastYear }.OfType<SurveyCycle>())
        {
            await AddAsync(tasks, cycle, caller, person, now, cancellationToken);
        }

        return tasks.Count == 0 ? null : new HomeSection("survey", HomeTexts.Survey, tasks);
    }

    private async Task AddAsync(
        List<HomeTask> tasks, SurveyCycle cycle, Caller caller, StaffMember? person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = cycle.CycleId;
        if (cycle.IsOpenAt(now) && person is not null)
        {
            var until = DisplayDates.Both(japan.ToLocal(cycle.ClosesAt));
            tasks.Add(new HomeTask(HomeTexts.SurveyOpen.With(id), null, HomeTexts.SurveyOpenDetail.With(until)));
            if (await resend.AwaitsAnswerAsync(cycle, caller.StaffId, cancellationToken))
            {
                tasks.Add(new HomeTask(HomeTexts.SurveyLinkAgain, $"/surveys/{id}/link", HomeTexts.SurveyLinkAgainDetail));
            }
        }

        if (cycle.SealedAt is null)
        {
            return;
        }

        tasks.Add(new HomeTask(HomeTexts.SurveyResults.With(id), $"/surveys/{id}/results"));
        if (caller.IsIn(Roles.DivisionHead) && person is not null)
        {
            tasks.Add(new HomeTask(HomeTexts.SurveySheet.With(id), $"/surveys/{id}/sheets/division/{person.DivisionCode}"));
            tasks.Add(new HomeTask(HomeTexts.SurveyPlan.With(id), $"/surveys/{id}/plans/{person.DivisionCode}"));
        }

        if (caller.IsIn(Roles.BureauCoordinator) && person is not null)
        {
            tasks.Add(new HomeTask(HomeTexts.SurveyBureauSheet.With(id), $"/surveys/{id}/sheets/bureau/{person.BureauCode}"));
        }

        if (caller.IsIn(Roles.HrAdmin) || caller.IsIn(Roles.BureauCoordinator))
        {
            tasks.Add(new HomeTask(HomeTexts.SurveyPlans.With(id), $"/surveys/{id}/plans"));
        }

        if (caller.IsIn(Roles.HrAdmin))
        {
            tasks.Add(new HomeTask(HomeTexts.SurveyHeatMap.With(id), $"/surveys/{id}/heatmap"));
        }
    }
}
