using Transformation.Organisation;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.TeamUp.Seasons;

namespace Transformation.Home;

/// <summary>The Team-Up Challenge on the home page: the division's entry, the judge's scoring, HR's season pages.</summary>
public sealed class TeamUpHomeTasks(SeasonStore seasons, JapanTime japan, TimeProvider clock) : IHomeTasks
{
    public int Order => 30;

    public async Task<HomeSection?> ForAsync(Caller caller, StaffMember? person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var now = clock.GetUtcNow();
        var year = japan.ToLocal(now).Year;
        var season = await seasons.GetAsync(SeasonIds.Of(year), cancellationToken)
            ?? await seasons.GetAsync(SeasonIds.Of(year - 1), cancellationToken);
        if (season is null)
        {
            return null;
        }

        var id = season.SeasonId;
        var tasks = new List<HomeTask>();
        // Only the division's head writes the entry; before publication nobody else may open it.
        if (season.AcceptsEntries(now) && person is not null && caller.IsIn(Roles.DivisionHead))
        {
            tasks.Add(new HomeTask(HomeTexts.TeamUpEntry.With(id), $"/team-up/{id}/entries/{person.DivisionCode}",
                HomeTexts.TeamUpEntryDetail.With(DisplayDates.Both(japan.ToLocal(season.EntryDeadlineUtc)))));
        }

        if (season.AcceptsScores(now) && season.IsJudge(caller.StaffId))
        {
            tasks.Add(new HomeTask(HomeTexts.TeamUpJudging.With(id), $"/team-up/{id}/judging",
                HomeTexts.TeamUpJudgingDetail.With(DisplayDates.Both(japan.ToLocal(season.JudgingDeadlineUtc!.Value)))));
        }

        if (season.IsPublished(now))
        {
            tasks.Add(new HomeTask(HomeTexts.TeamUpEntries.With(id), $"/team-up/{id}/entries"));
        }

        if (caller.IsIn(Roles.HrAdmin))
        {
            if (season.Panel.Count == 0 && !SeasonPhase.IsAtOrAfter(season.Phase, SeasonPhase.AwaitingConfirmation))
            {
                tasks.Add(new HomeTask(HomeTexts.TeamUpPanel.With(id), "/team-up-seasons", HomeTexts.TeamUpPanelDetail));
            }

            tasks.Add(new HomeTask(HomeTexts.TeamUpCompletion.With(id), $"/team-up/{id}/completion"));
            tasks.Add(new HomeTask(HomeTexts.TeamUpRanking.With(id), $"/team-up/{id}/ranking"));
        }

        // The season's own page is everyone's way to the pages of the season they have a part in.
        tasks.Add(new HomeTask(HomeTexts.TeamUpSeason.With(id), $"/team-up/{id}"));
        return new HomeSection("team-up", HomeTexts.TeamUp, tasks);
    }
}
