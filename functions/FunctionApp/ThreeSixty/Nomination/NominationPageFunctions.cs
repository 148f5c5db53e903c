using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Nomination;

/// <summary>
/// The subject's own page of a round: the nomination deadline, their peer list as it stands (or who would be
/// proposed), and while nomination is open and the list not locked, the form to choose their peers. Only the
/// subject opens it; anyone else gets a page saying it is for subjects.
/// </summary>
public sealed class NominationPageFunctions(
    RoundStore rounds, SubjectRoster subjects, RosterDirectory directory, PageRequests pages, JapanTime japan, TimeProvider time)
{
    [Function("ThreeSixtyNominationPage")]
    [QueryParameter("done", "What was just done (saved), shown as a notice.")]
    [Authorize(Roles = Roles.AnyStaff)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Description("Page for a subject of the 360 round: the nomination deadline, the peer list (or the proposal) and, while "
        + "nomination is open and the list not locked, the form to choose peers; 403 page for anyone not a subject.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "360/{roundId}/nomination")] HttpRequest request,
        string roundId,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var notice = request.Query["done"].ToString() == "saved" ? ThreeSixtyNominationTexts.Saved : null;
        return await PageAsync(page, roundId, null, null, notice, cancellationToken);
    }

    [Function("ThreeSixtyNominationSave")]
    [Authorize(Roles = Roles.AnyStaff)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Description("Page for a subject of the 360 round: save the peer list (ticked colleagues 'peers', typed staff numbers or "
        + "addresses 'others'; CSRF-checked); 303 back to the page, 400 page with errors by field, 409 page when closed or locked.")]
    public async Task<IActionResult> Save(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "360/{roundId}/nomination")] HttpRequest request,
        string roundId,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var round = await rounds.GetAsync(roundId, cancellationToken);
        var row = round is null ? null : await subjects.GetAsync(round.RoundId, post.Page.SignedIn.StaffId, cancellationToken);
        if (round is null || row is null || row.Removed)
        {
            return await PageAsync(post.Page, roundId, null, null, null, cancellationToken);
        }

        var roster = await subjects.RelationsAsync(round, cancellationToken);
        if (roster.Person(row.SubjectId) is not { } subject)
        {
            return await PageAsync(post.Page, roundId, null, null, null, cancellationToken);
        }

        var chosen = post.Form[NominationRules.Chosen].Select(v => v ?? "").ToList();
        var settings = subjects.Settings;
        var check = NominationRules.Check(subject, roster, chosen, post.Field(NominationRules.Typed), settings.MinPeers, settings.MaxPeers);
        if (!check.IsValid)
        {
            var form = FormState.FromPost(post.Form, check.Errors);
            return await PageAsync(post.Page, roundId, form, chosen.ToHashSet(StringComparer.Ordinal), null, cancellationToken,
                StatusCodes.Status400BadRequest);
        }

        return await subjects.NominateAsync(round, subject.StaffId, check.Peers, cancellationToken) switch
        {
            SubjectChange.Done => post.Page.SeeOther($"/360/{round.RoundId}/nomination?done=saved"),
            _ => await PageAsync(post.Page, roundId, null, null, null, cancellationToken, StatusCodes.Status409Conflict),
        };
    }

    private async Task<IActionResult> PageAsync(PageRequest page, string roundId, FormState? sent, IReadOnlySet<string>? ticked,
        Text? notice, CancellationToken cancellationToken, int status = StatusCodes.Status200OK)
    {
        if (await rounds.GetAsync(roundId, cancellationToken) is not { } round)
        {
            return page.Error(StatusCodes.Status404NotFound, ThreeSixtyNominationTexts.Unknown, ThreeSixtyNominationTexts.UnknownMessage);
        }

        var row = await subjects.GetAsync(round.RoundId, page.SignedIn.StaffId, cancellationToken);
        var roster = await subjects.RelationsAsync(round, cancellationToken);
        if (row is null || row.Removed || roster.Person(row.SubjectId) is not { } subject)
        {
            return page.Error(StatusCodes.Status403Forbidden, ThreeSixtyNominationTexts.NotASubject, ThreeSixtyNominationTexts.NotASubjectMessage);
        }

        var refusal = !round.IsNominationOpenAt(time.GetUtcNow()) ? ThreeSixtyNominationTexts.Closed
            : row.Locked ? ThreeSixtyNominationTexts.Locked
            : null;
        var colleagues = await ColleaguesAsync(round, subject, roster, cancellationToken);
        var listed = colleagues.Select(c => c.StaffId).ToHashSet(StringComparer.Ordinal);
        var saved = row.Source == PeerSource.None ? [] : row.Peers;
        var form = sent ?? FormState.Of(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [NominationRules.Typed] = string.Join('\n', saved.Where(p => !listed.Contains(p))),
        });
        var view = new NominationPageView(
            round.RoundId,
            DisplayDates.Both(japan.ToLocal(round.NominationDeadline)),
            subjects.Settings.MinPeers,
            subjects.Settings.MaxPeers,
            row.Source,
            Lines(row.Peers, roster),
            row.Source == PeerSource.None ? Lines(subjects.Proposal(round, subject, roster), roster) : [],
            refusal,
            colleagues,
            ticked ?? saved.Where(listed.Contains).ToHashSet(StringComparer.Ordinal),
            form,
            page.Csrf,
            notice);
        return page.Render<NominationPage>(ThreeSixtyNominationTexts.NominationTitle.With(round.RoundId), view, status);
    }

    /// <summary>The subject's bureau, without those who rate them in another group, by division then staff id.</summary>
    private async Task<IReadOnlyList<PeerLine>> ColleaguesAsync(
        Round round, StaffMember subject, RosterRelations roster, CancellationToken cancellationToken)
    {
        var index = await directory.GetIndexAsync(round.SnapshotId, cancellationToken);
        var others = new HashSet<string>(roster.ReportsOf(subject.StaffId).Select(s => s.StaffId), StringComparer.Ordinal) { subject.StaffId };
        if (roster.SupervisorOf(subject) is { } supervisor)
        {
            others.Add(supervisor.StaffId);
        }

        return [.. (index.BureauStaff(subject.BureauCode) ?? [])
            .Where(s => !others.Contains(s.StaffId))
            .OrderBy(s => s.DivisionCode, StringComparer.Ordinal)
            .ThenBy(s => s.StaffId, StringComparer.Ordinal)
            .Select(s => new PeerLine(s.StaffId, s.Name, s.DivisionName))];
    }

    internal static IReadOnlyList<PeerLine> Lines(IEnumerable<string> ids, RosterRelations roster) =>
        [.. ids.Select(id => roster.Person(id) is { } p ? new PeerLine(p.StaffId, p.Name, p.DivisionName) : new PeerLine(id, id, ""))];
}
