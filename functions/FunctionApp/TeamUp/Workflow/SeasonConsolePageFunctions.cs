using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.TeamUp.Entries;
using Transformation.TeamUp.Judging;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Workflow;

/// <summary>HR's page for the year's Team-Up season: open it, see where it stands and how many entered, name the judging panel.</summary>
public sealed class SeasonConsolePageFunctions(
    TeamUpSeasonConsole console,
    SeasonStore seasons,
    EntryService entries,
    JudgingService judging,
    PageRequests pages,
    JapanTime japan)
{
    private const string Path = "/team-up-seasons";
    private const int FindLimit = 20;
    private const int MaxQueryLength = 100;

    [Function("TeamUpSeasonConsolePage")]
    [QueryParameter("done", "What was just done (opened, open or panel), shown as a notice.")]
    [QueryParameter("find", "Search the season's roster by name or staff id, to name the panel.")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: this year's and last year's Team-Up seasons (stage, deadlines, entries submitted, the panel) "
        + "with open and name the panel; ?find= searches the season's roster for judges.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up-seasons")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var notice = request.Query["done"].ToString() switch
        {
            "opened" => SeasonConsoleTexts.Opened,
            "open" => SeasonConsoleTexts.AlreadyOpen,
            "panel" => SeasonConsoleTexts.PanelNamed,
            _ => null,
        };
        return await PageAsync(page, client, notice, null, null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("TeamUpSeasonOpenPage")]
    [QueryParameter("find", "Search the season's roster by name or staff id, to name the panel.")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: open this year's Team-Up season after ticking the confirmation (CSRF-checked); started once, "
        + "a second press shows the running season; 400 page without the tick, 409 page without a roster.")]
    public async Task<IActionResult> Open(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "team-up-seasons")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var page = post.Page;
        if (post.Field("confirm") != "yes")
        {
            return await PageAsync(page, client, null, SeasonConsoleTexts.ConfirmNeeded, null, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var launch = await console.OpenAsync(client, console.Today.Year, page.SignedIn.StaffId, cancellationToken);
        if (launch is null)
        {
            return await PageAsync(page, client, null, SeasonConsoleTexts.NoRoster, null, StatusCodes.Status409Conflict, cancellationToken);
        }

        return Done(page, launch.Started ? "opened" : "open");
    }

    [Function("TeamUpPanelPage")]
    [QueryParameter("find", "Search the season's roster by name or staff id, to name the panel.")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: name or change a season's judging panel, one staff id a line (CSRF-checked); 400 page naming each "
        + "refused line, 409 page once the ranking has begun, 404 page for no such season.")]
    public async Task<IActionResult> NamePanel(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "team-up-seasons/{seasonId}/panel")] HttpRequest request,
        string seasonId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var page = post.Page;
        if (!SeasonIds.IsValid(seasonId))
        {
            return page.NotFound();
        }

        var posted = post.Field("judges");
        var lines = PanelLines.Parse(posted);
        var naming = await console.NamePanelAsync(
            client, seasonId, [.. lines.Select(l => (string?)l.StaffId)], page.SignedIn.StaffId, cancellationToken);
        var outcome = naming.Outcome;
        switch (outcome.Kind)
        {
            case JudgingOutcomeKind.Done:
                return Done(page, "panel");
            case JudgingOutcomeKind.Invalid:
                var errors = (outcome.Errors ?? []).Select(e => OnItsLine(e, lines)).ToList();
                return await PageAsync(page, client, null, null, new PanelFailure(seasonId, posted, errors),
                    StatusCodes.Status400BadRequest, cancellationToken);
            case JudgingOutcomeKind.NotFound:
                return page.NotFound();
            default:
                return await PageAsync(page, client, null, outcome.Message ?? SeasonConsoleTexts.PanelLocked, null,
                    StatusCodes.Status409Conflict, cancellationToken);
        }
    }

    private async Task<IActionResult> PageAsync(
        PageRequest page, DurableTaskClient client, Text? notice, Text? problem, PanelFailure? failed, int status,
        CancellationToken cancellationToken)
    {
        var year = console.Today.Year;
        var caller = page.SignedIn;
        var cards = new List<SeasonConsoleCard>();
        var stored = new Dictionary<string, Season>(StringComparer.Ordinal);
        foreach (var id in new[] { year, year - 1 }.Select(SeasonIds.Of))
        {
            if (await console.ViewAsync(client, id, cancellationToken) is not { } view)
            {
                continue;
            }

            var season = await seasons.GetAsync(id, cancellationToken);
            if (season is not null)
            {
                stored[id] = season;
            }

            cards.Add(await CardAsync(view, season, caller, failed?.SeasonId == id ? failed : null, cancellationToken));
        }

        var openable = cards.Any(c => c.SeasonId == SeasonIds.Of(year)) ? (int?)null : year;
        var rosterMissing = openable is not null && !await console.HasRosterAsync(cancellationToken);
        var searched = cards.FirstOrDefault(c => c.PanelChangeable) is { } target
            ? await SearchAsync(stored[target.SeasonId], page.Http.Query["find"].ToString(), cancellationToken)
            : null;
        // A refused panel of a season the page does not show still says why, above everything else.
        var details = failed is not null && cards.All(c => c.SeasonId != failed.SeasonId) ? failed.Errors : null;
        problem ??= details is null ? null : SeasonConsoleTexts.PanelRefused;
        var consoleView = new SeasonConsolePageView(cards, openable, rosterMissing, page.Csrf, searched, notice, problem, details);
        return page.Render<SeasonConsolePage>(SeasonConsoleTexts.Title, consoleView, status);
    }

    private async Task<SeasonConsoleCard> CardAsync(
        SeasonView view, Season? season, Caller caller, PanelFailure? failed, CancellationToken cancellationToken)
    {
        var stopped = view.RuntimeStatus is nameof(OrchestrationRuntimeStatus.Failed) or nameof(OrchestrationRuntimeStatus.Terminated);
        if (season is null)
        {
            return new SeasonConsoleCard(view.SeasonId, false, "", SeasonConsoleTexts.Starting, stopped, null, null, null, [], false, "", []);
        }

        Text? Local(DateTimeOffset? at) => at is { } instant ? DisplayDates.Both(japan.ToLocal(instant)) : null;
        var completion = await entries.CompletionAsync(season.SeasonId, caller, cancellationToken);
        var counts = completion is null
            ? null
            : new SeasonCompletion(completion.Bureaus.Sum(b => b.Divisions), completion.Bureaus.Sum(b => b.Submitted));
        var changeable = !SeasonPhase.IsAtOrAfter(season.Phase, SeasonPhase.AwaitingConfirmation);
        return new SeasonConsoleCard(season.SeasonId, true, season.Phase, SeasonConsoleTexts.PhaseName(season.Phase), stopped,
            Local(season.EntryDeadlineUtc), Local(season.JudgingDeadlineUtc), counts, await console.PanelAsync(season, cancellationToken),
            changeable, failed?.Text ?? string.Join("\n", season.Panel), failed?.Errors ?? []);
    }

    /// <summary>People of the season's roster snapshot (where judges must be) whose staff id or name holds the query.</summary>
    private async Task<RosterSearch> SearchAsync(Season season, string query, CancellationToken cancellationToken)
    {
        var asked = query.Trim();
        asked = asked.Length > MaxQueryLength ? asked[..MaxQueryLength] : asked;
        var key = Folded(asked);
        if (key.Length == 0)
        {
            return new RosterSearch(season.SeasonId, asked, [], false, FindLimit);
        }

        var people = await judging.PeopleAsync(season, cancellationToken);
        var found = (people.Snapshot?.Staff ?? [])
            .Where(p => Folded(p.StaffId).Contains(key, StringComparison.Ordinal) || Folded(p.Name).Contains(key, StringComparison.Ordinal))
            .Take(FindLimit + 1)
            .ToList();
        return new RosterSearch(season.SeasonId, asked, [.. found.Take(FindLimit)], found.Count > FindLimit, FindLimit);
    }

    // Width, case and spaces do not matter: "伊藤由美" finds "伊藤 由美", "ｄａｖｉｄ" finds "David".
    private static string Folded(string value) =>
        string.Concat(value.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>A refusal of one id names the line it was written on; a refusal of the whole list stays as it is.</summary>
    private static Text OnItsLine(FieldError error, IReadOnlyList<PanelLine> lines)
    {
        const string Prefix = "judges[";
        var field = error.Field;
        if (field.StartsWith(Prefix, StringComparison.Ordinal) && field.EndsWith(']')
            && int.TryParse(field.AsSpan(Prefix.Length, field.Length - Prefix.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && i < lines.Count)
        {
            return SeasonConsoleTexts.LineError.With(lines[i].Line, error.Message);
        }

        return error.Message;
    }

    // Post, redirect, get: a reload does not post again.
    private static StatusCodeResult Done(PageRequest page, string done) => page.SeeOther($"{Path}?done={done}");

    /// <summary>A refused panel post: the season, the text as sent (so nothing typed is lost) and the errors.</summary>
    private sealed record PanelFailure(string SeasonId, string Text, IReadOnlyList<Text> Errors);
}
