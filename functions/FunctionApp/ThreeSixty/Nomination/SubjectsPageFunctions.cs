using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Nomination;

/// <summary>
/// HR's page of a round's subjects: every subject with grade, division, the peer list's size and how it was set,
/// locked or not, lists under the minimum marked; while the round is nominating, add a subject by staff number,
/// remove or restore one, lock one list or all of them.
/// </summary>
public sealed class SubjectsPageFunctions(RoundStore rounds, SubjectRoster subjects, NominationMails mails, PageRequests pages)
{
    [Function("ThreeSixtySubjectsPage")]
    [QueryParameter("done", "What was just done (added, removed, restored, locked or locked-all), shown as a notice.")]
    [Authorize(Roles = Roles.HrAdmin)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Description("Page for HR: the 360 round's subjects (grade, division, peers and how set, locked), lists under the minimum "
        + "marked, with add, remove, restore and lock while the round is nominating.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "360/{roundId}/subjects")] HttpRequest request,
        string roundId,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var notice = request.Query["done"].ToString() switch
        {
            "added" => ThreeSixtyNominationTexts.Added,
            "removed" => ThreeSixtyNominationTexts.Removed,
            "restored" => ThreeSixtyNominationTexts.Restored,
            "locked" => ThreeSixtyNominationTexts.LockedOne,
            "locked-all" => ThreeSixtyNominationTexts.LockedAll,
            _ => null,
        };
        return await PageAsync(page, roundId, null, notice, null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("ThreeSixtySubjectAdd")]
    [Authorize(Roles = Roles.HrAdmin)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Description("Page for HR: add a person of the round's roster as a subject by staff number ('staffId', CSRF-checked) and mail them "
        + "the nomination request; 400 page when not in the roster or already a subject, 409 page when nomination is over.")]
    public async Task<IActionResult> Add(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "360/{roundId}/subjects")] HttpRequest request,
        string roundId,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        if (await rounds.GetAsync(roundId, cancellationToken) is not { } round)
        {
            return Unknown(post.Page);
        }

        var staffId = Narrow(post.Field("staffId").Trim());
        var outcome = staffId.Length == 0 ? SubjectChange.NotInRoster
            : await subjects.AddAsync(round, staffId, post.Page.SignedIn.StaffId, cancellationToken);
        if (outcome == SubjectChange.Done)
        {
            var roster = await subjects.RelationsAsync(round, cancellationToken);
            await mails.SendOneAsync(round, roster.Person(staffId)!, cancellationToken);
            return post.Page.SeeOther($"/360/{round.RoundId}/subjects?done=added");
        }

        if (outcome == SubjectChange.Closed)
        {
            return await PageAsync(post.Page, roundId, null, null, ThreeSixtyNominationTexts.NotNominating, StatusCodes.Status409Conflict,
                cancellationToken);
        }

        var error = staffId.Length == 0 ? ThreeSixtyNominationTexts.StaffNumberNeeded
            : outcome == SubjectChange.AlreadySubject ? ThreeSixtyNominationTexts.AlreadySubject
            : ThreeSixtyNominationTexts.StaffNotFound;
        var form = FormState.FromPost(post.Form, [new FieldError("staffId", error)]);
        return await PageAsync(post.Page, roundId, form, null, null, StatusCodes.Status400BadRequest, cancellationToken);
    }

    [Function("ThreeSixtySubjectChange")]
    [Authorize(Roles = Roles.HrAdmin)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Description("Page for HR: remove, restore or lock one subject's peer list (CSRF-checked); "
        + "303 back to the page, 404 page for an unknown subject or action, 409 page when nomination is over.")]
    public async Task<IActionResult> Change(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "360/{roundId}/subjects/{subjectId}/{change}")] HttpRequest request,
        string roundId,
        string subjectId,
        string change,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        if (await rounds.GetAsync(roundId, cancellationToken) is not { } round)
        {
            return Unknown(post.Page);
        }

        var by = post.Page.SignedIn.StaffId;
        var (outcome, done) = change switch
        {
            "remove" => (await subjects.RemoveAsync(round, subjectId, by, cancellationToken), "removed"),
            "restore" => (await subjects.RestoreAsync(round, subjectId, by, cancellationToken), "restored"),
            "lock" => (await subjects.LockAsync(round, subjectId, by, cancellationToken), "locked"),
            _ => (SubjectChange.NotSubject, ""),
        };
        return outcome switch
        {
            SubjectChange.Done => post.Page.SeeOther($"/360/{round.RoundId}/subjects?done={done}"),
            SubjectChange.Closed => await PageAsync(post.Page, roundId, null, null, ThreeSixtyNominationTexts.NotNominating,
                StatusCodes.Status409Conflict, cancellationToken),
            _ => await PageAsync(post.Page, roundId, null, null, ThreeSixtyNominationTexts.UnknownSubject, StatusCodes.Status404NotFound,
                cancellationToken),
        };
    }

    [Function("ThreeSixtySubjectsLock")]
    [Authorize(Roles = Roles.HrAdmin)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Description("Page for HR: lock every peer list of the round, a subject who did not nominate getting the proposal (CSRF-checked); "
        + "303 back to the page, 409 page when nomination is over.")]
    public async Task<IActionResult> LockAll(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "360/{roundId}/subjects/lock")] HttpRequest request,
        string roundId,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        if (await rounds.GetAsync(roundId, cancellationToken) is not { } round)
        {
            return Unknown(post.Page);
        }

        if (round.Phase != RoundPhase.Nominating)
        {
            return await PageAsync(post.Page, roundId, null, null, ThreeSixtyNominationTexts.NotNominating, StatusCodes.Status409Conflict,
                cancellationToken);
        }

        await subjects.LockAllAsync(round, post.Page.SignedIn.StaffId, cancellationToken);
        return post.Page.SeeOther($"/360/{round.RoundId}/subjects?done=locked-all");
    }

    private async Task<IActionResult> PageAsync(PageRequest page, string roundId, FormState? form, Text? notice, Text? problem, int status,
        CancellationToken cancellationToken)
    {
        if (await rounds.GetAsync(roundId, cancellationToken) is not { } round)
        {
            return Unknown(page);
        }

        var rows = await subjects.ListAsync(round.RoundId, cancellationToken);
        var roster = await subjects.RelationsAsync(round, cancellationToken);
        var min = subjects.Settings.MinPeers;
        var lines = rows.Select(r =>
        {
            var person = roster.Person(r.SubjectId);
            var count = r.Source == PeerSource.None && person is not null ? subjects.Proposal(round, person, roster).Count : r.Peers.Count;
            return new SubjectLine(r.SubjectId, person?.Name ?? r.SubjectId, r.Grade, person?.DivisionName ?? "", count, r.Source,
                r.Locked, r.Removed, r.AddedByHr, count < min);
        }).ToList();
        var view = new SubjectsPageView(round.RoundId, lines, min, round.Phase == RoundPhase.Nominating, form ?? FormState.Empty, page.Csrf,
            notice, problem);
        return page.Render<SubjectsPage>(ThreeSixtyNominationTexts.SubjectsTitle.With(round.RoundId), view, status);
    }

    private static ContentResult Unknown(PageRequest page) =>
        page.Error(StatusCodes.Status404NotFound, ThreeSixtyNominationTexts.Unknown, ThreeSixtyNominationTexts.UnknownMessage);

    private static string Narrow(string entry) =>
        string.Concat(entry.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c));
}
