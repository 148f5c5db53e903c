using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.TeamUp.Entries;

namespace Transformation.TeamUp.Publication;

/// <summary>The publication page: every submitted entry by bureau, with the hours of work stopped, a keyword search and a bureau filter.</summary>
public sealed class PublicationPageFunctions(PublicationService publication, CallerLanguage languages, JapanTime japanTime)
{
    private static readonly Text Title = new("チームアップ・チャレンジ 応募一覧", "Team-Up Challenge entries");

    [Function("TeamUpPublicationPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the published entries of a season by bureau with hour totals, searchable by keyword (?q=) and filtered by bureau (?bureau=); each links to the entry. Before the entry deadline it says when they will be published.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}/entries")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var result = await publication.ListAsync(seasonId, request.Query["q"].ToString(), request.Query["bureau"].ToString(), cancellationToken);
        var title = $"{Title.In(language)}（{seasonId}）";
        switch (result.Outcome)
        {
            case PublicationOutcome.NoSeason:
                return PageResults.Error(request, language, StatusCodes.Status404NotFound);
            case PublicationOutcome.NotYet:
                var notYet = PublicationApiFunctions.NotYet(japanTime.ToLocal(result.EntryDeadlineUtc!.Value));
                return PageResults.Page(request, language, title, Html.Format($"""<p class="notice" role="status">{notYet.In(language)}</p>"""), StatusCodes.Status409Conflict);
        }

        var view = result.View!;
        var choices = Html.Join(new[] { Html.Format($"""<option value="">{new Text("すべての局", "All bureaus").In(language)}</option>""") }
            .Concat(view.Bureaus.Select(b => Html.Format($"""<option value="{b.BureauCode}"{(b.BureauCode == view.Bureau ? Html.Raw(" selected") : Html.Empty)}>{b.BureauName}</option>"""))));
        var search = Html.Format($"""
            <form method="get" role="search" class="search">
            <div class="field"><label for="q">{new Text("キーワード（スペース区切りですべてを含むもの）", "Keywords (entries containing all of them)").In(language)}</label><input type="text" id="q" name="q" value="{view.Query}" enterkeyhint="search"></div>
            <div class="field"><label for="bureau">{new Text("局", "Bureau").In(language)}</label><select id="bureau" name="bureau">{choices}</select></div>
            <input type="hidden" name="lang" value="{language.Code()}">
            <button type="submit">{new Text("検索", "Search").In(language)}</button>
            </form>
            """);
        var totals = Html.Join(view.Bureaus.Select(b => Html.Format($"""
            <tr data-bureau="{b.BureauCode}"><td>{b.BureauName}</td><td>{b.SubmittedCount}</td><td class="hours">{EntryReadOnly.Hours(b.HoursPerMonthSaved)}</td></tr>
            """)));
        var summary = Html.Format($"""
            <h2>{new Text("止める仕事による削減時間（月あたり）", "Hours a month freed by stopping work").In(language)}</h2>
            <table class="totals"><thead><tr><th>{new Text("局", "Bureau").In(language)}</th><th>{new Text("応募数", "Entries").In(language)}</th><th>{new Text("時間／月", "Hours a month").In(language)}</th></tr></thead>
            <tbody>{totals}</tbody>
            <tfoot><tr><th>{new Text("省全体", "Ministry-wide").In(language)}</th><td>{view.SubmittedCount}</td><td class="ministry-hours">{EntryReadOnly.Hours(view.MinistryHoursPerMonthSaved)}</td></tr></tfoot></table>
            """);
        var filtered = view.Terms.Count > 0 || view.Bureau is not null;
        var count = filtered
            ? Html.Format($"""<p class="count" role="status">{new Text($"{view.MatchCount}件が該当しました（削減時間 {EntryReadOnly.Hours(view.MatchedHoursPerMonthSaved)} 時間／月）。", $"{view.MatchCount} matching entries ({EntryReadOnly.Hours(view.MatchedHoursPerMonthSaved)} hours a month).").In(language)}</p>""")
            : Html.Empty;
        var groups = Html.Join(view.Bureaus.Where(b => b.Entries.Count > 0).Select(b => Html.Format($"""
            <section class="bureau" data-bureau="{b.BureauCode}"><h3>{b.BureauName}</h3><ul class="entries">{Html.Join(b.Entries.Select(e => Item(view.SeasonId, e, language)))}</ul></section>
            """)));
        var none = view.MatchCount == 0
            ? Html.Format($"""<p class="notice">{(view.SubmittedCount == 0 ? new Text("提出された応募はありません。", "No entries were submitted.") : new Text("該当する応募はありません。キーワードを変えてお試しください。", "No entry matches. Try other keywords.")).In(language)}</p>""")
            : Html.Empty;
        var body = Html.Join(search, summary, Html.Format($"""<h2>{new Text("応募", "Entries").In(language)}</h2>"""), count, none, groups);
        return PageResults.Page(request, language, title, body);
    }

    private static Html Item(string seasonId, PublishedEntry entry, Language language)
    {
        var excerpt = entry.Excerpt is null ? Html.Empty : Html.Format($"""<br><span class="excerpt">{entry.Excerpt}</span>""");
        var mission = entry.Mission.Length > 80 ? entry.Mission[..80] + "…" : entry.Mission;
        return Html.Format($"""
            <li data-division="{entry.DivisionCode}"><a href="/team-up/{seasonId}/entries/{entry.DivisionCode}">{entry.DivisionName}</a>
            — {new Text("削減", "saves").In(language)} <span class="hours">{EntryReadOnly.Hours(entry.HoursPerMonthSaved)}</span> {new Text("時間／月", "hours a month").In(language)}
            <br><span class="mission">{mission}</span>{excerpt}</li>
            """);
    }
}
