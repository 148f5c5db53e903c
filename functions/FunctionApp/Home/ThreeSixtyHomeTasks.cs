using Transformation.Organisation;
using Transformation.Platform.Hosting;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.ThreeSixty.Nomination;
using Transformation.ThreeSixty.Reports;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.Home;

/// <summary>
/// The 360 survey on the home page: a subject's peer nomination while it is open and their report once it exists; HR's
/// round pages. A rater's way in is the link in their mail (one link for every subject they rate), so it is not shown.
/// </summary>
public sealed class ThreeSixtyHomeTasks(RoundStore rounds, SubjectRoster subjects, ReportStore reports, JapanTime japan, TimeProvider clock)
    : IHomeTasks
{
    public int Order => 25;

    public async Task<HomeSection?> ForAsync(Caller caller, StaffMember? person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var now = clock.GetUtcNow();
        var year = japan.ToLocal(now).Year;
        var round = await rounds.GetAsync(RoundIds.OfYear(year), cancellationToken)
            ?? await rounds.GetAsync(RoundIds.OfYear(year - 1), cancellationToken);
        if (round is null)
        {
            return null;
        }

        var id = round.RoundId;
        var tasks = new List<HomeTask>();
        var subject = person is null ? null : await subjects.GetAsync(id, person.StaffId, cancellationToken);
        if (subject is { Removed: false } && round.IsNominationOpenAt(now))
        {
            tasks.Add(new HomeTask(HomeTexts.ThreeSixtyNomination.With(id), $"/360/{id}/nomination",
                HomeTexts.ThreeSixtyNominationDetail.With(DisplayDates.Both(japan.ToLocal(round.NominationDeadline)))));
        }

        if (subject is not null && await reports.ExistsAsync(id, subject.SubjectId, cancellationToken))
        {
            tasks.Add(new HomeTask(HomeTexts.ThreeSixtyReport.With(id), $"/360/{id}/report"));
        }

        if (caller.IsIn(Roles.HrAdmin))
        {
            tasks.Add(new HomeTask(HomeTexts.ThreeSixtyRound.With(id), "/360/rounds"));
            tasks.Add(new HomeTask(HomeTexts.ThreeSixtySubjects.With(id), $"/360/{id}/subjects"));
            tasks.Add(new HomeTask(HomeTexts.ThreeSixtyCompletion.With(id), $"/360/{id}/completion"));
        }

        return tasks.Count == 0 ? null : new HomeSection("three-sixty", HomeTexts.ThreeSixty, tasks);
    }
}
