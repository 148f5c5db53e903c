using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// The judge's page: the rubric guide, then every entry offered (entries of the judge's own bureau are not shown),
/// each with its own form of 1–5 per criterion and a comment, saved one entry at a time.
/// </summary>
public sealed class JudgingPageFunctions(
    JudgingCommands commands,
    JudgingViews views,
    FormProtection forms,
    CallerLanguage languages,
    JapanTime japanTime)
{
    private static readonly Text Title = new("チームアップ・チャレンジ 審査", "Team-Up Challenge: judging");

    [Function("TeamUpJudgingPage")]
    [Authorize(Roles = Roles.Judge)]
    [Description("Page: a judge's entries with the rubric guide, 1–5 per criterion and a comment, saved per entry; entries of the judge's own bureau are not offered.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}/judging")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var (season, refused) = await SeasonForJudgeAsync(request, seasonId, language, cancellationToken);
        return refused ?? await PageAsync(request, season!, language, null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("TeamUpJudgingPagePost")]
    [Authorize(Roles = Roles.Judge)]
    [Description("Page: a judge saves the scores of one entry (anti-forgery checked); errors next to the fields, own-bureau entries refused, nothing written when refused.")]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "team-up/{seasonId}/judging")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        var (season, refused) = await SeasonForJudgeAsync(request, seasonId, language, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var posted = await request.ReadFormAsync(cancellationToken);
        var division = posted["division"].ToString();
        var prefix = division + ".";
        var values = posted.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k != prefix + "comment")
            .ToDictionary(k => k[prefix.Length..], k => (string?)posted[k].ToString(), StringComparer.Ordinal);
        foreach (var criterion in commands.Judging.Rubric.Where(c => !values.ContainsKey(c.Id)))
        {
            values[criterion.Id] = null;
        }

        var (outcome, _) = await commands.ScoreAsync(seasonId, Caller.Required(request).StaffId, division, values, posted[prefix + "comment"].ToString(), cancellationToken);
        switch (outcome.Kind)
        {
            case JudgingOutcomeKind.Done:
                return new RedirectResult(
                    $"/team-up/{Uri.EscapeDataString(seasonId)}/judging?done={Uri.EscapeDataString(division)}&lang={language.Code()}#entry-{Uri.EscapeDataString(division)}",
                    permanent: false, preserveMethod: false);
            case JudgingOutcomeKind.Invalid:
                var errors = (outcome.Errors ?? []).Select(e => e with { Field = prefix + (e.Field.StartsWith("scores.", StringComparison.Ordinal) ? e.Field["scores.".Length..] : e.Field) }).ToList();
                var form = PageForm.FromPost(language, posted, errors);
                return await PageAsync(request, season!, language, (division, form), StatusCodes.Status400BadRequest, cancellationToken);
            case JudgingOutcomeKind.Forbidden:
                return PageResults.Error(request, language, StatusCodes.Status403Forbidden, new Text("審査できません", "You cannot judge this entry"), outcome.Message!);
            case JudgingOutcomeKind.NotFound:
                return PageResults.Error(request, language, StatusCodes.Status404NotFound, new Text("エントリーが見つかりません", "Entry not found"), outcome.Message!);
            default:
                return PageResults.Error(request, language, StatusCodes.Status409Conflict, new Text("保存できません", "Not saved"), outcome.Message!);
        }
    }

    private async Task<(Season? Season, IActionResult? Refused)> SeasonForJudgeAsync(HttpRequest request, string seasonId, Language language, CancellationToken cancellationToken)
    {
        var season = await commands.Judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return (null, PageResults.Error(request, language, StatusCodes.Status404NotFound));
        }

        return season.IsJudge(Caller.Required(request).StaffId)
            ? (season, null)
            : (null, PageResults.Error(request, language, StatusCodes.Status403Forbidden, new Text("審査員ではありません", "Not on the panel"), JudgingCommands.NotJudge));
    }

    private async Task<IActionResult> PageAsync(HttpRequest request, Season season, Language language, (string Division, PageForm Form)? failed, int status, CancellationToken cancellationToken)
    {
        var caller = Caller.Required(request);
        var view = await views.JudgingAsync(season, caller.StaffId, language, cancellationToken);
        var people = await commands.Judging.PeopleAsync(season, cancellationToken);
        var ownBureau = people.BureauOf(caller.StaffId) is { } code ? people.Bureau(code)?.Name ?? code : null;
        var csrf = forms.HiddenField(request.HttpContext);
        var done = request.Query["done"].ToString();
        var saved = view.Entries.FirstOrDefault(e => e.DivisionCode == done);
        var parts = new List<Html>();
        if (saved is not null)
        {
            parts.Add(Html.Format($"""<p class="notice" role="status">{new Text($"「{saved.DivisionName}」の採点を保存しました。", $"Your scores for {saved.DivisionName} were saved.").In(language)}</p>"""));
        }

        var deadline = view.JudgingDeadlineUtc is { } d ? DisplayDates.Format(japanTime.ToLocal(d), language) : "-";
        parts.Add(Html.Format($"""
            <p>{new Text("審査期限", "Judging deadline").In(language)}: <strong>{deadline}</strong> — {new Text($"{view.Offered}件中{view.Scored}件を採点済み", $"{view.Scored} of {view.Offered} entries scored").In(language)}</p>
            """));
        if (!view.Open)
        {
            parts.Add(Html.Format($"""<p class="notice">{JudgingCommands.JudgingClosed.In(language)}</p>"""));
        }

        if (ownBureau is not null)
        {
            parts.Add(Html.Format($"""<p>{new Text($"ご自身の局（{ownBureau}）のエントリーは、利益相反のため審査の対象外です。", $"Entries of your own bureau ({ownBureau}) are not offered: conflict of interest.").In(language)}</p>"""));
        }

        var guide = Html.Join(view.Rubric.Select(c => Html.Format($"""<tr><td>{c.Name}</td><td>{Percent(c.Weight)}</td><td>{c.Guide}</td></tr>""")));
        parts.Add(Html.Format($"""
            <h2>{new Text("評価基準", "Rubric").In(language)}</h2>
            <p>{new Text("各基準を1（不十分）〜5（非常に優れている）で採点してください。", "Score each criterion from 1 (poor) to 5 (outstanding).").In(language)}</p>
            <table class="rubric"><thead><tr><th>{new Text("基準", "Criterion").In(language)}</th><th>{new Text("重み", "Weight").In(language)}</th><th>{new Text("観点", "Guide").In(language)}</th></tr></thead><tbody>{guide}</tbody></table>
            """));

        if (view.Entries.Count == 0)
        {
            parts.Add(Html.Format($"""<p>{new Text("審査するエントリーはまだありません（エントリー締切後に表示されます）。", "There are no entries to judge yet (they appear after the entry deadline).").In(language)}</p>"""));
            return PageResults.Page(request, language, $"{Title.In(language)}（{season.SeasonId}）", Html.Join(parts), status);
        }

        var summary = Html.Join(view.Entries.Select(e => Html.Format($"""
            <tr data-division="{e.DivisionCode}"><td><a href="#entry-{e.DivisionCode}">{e.DivisionName}</a></td><td>{e.BureauName}</td><td>{Hours(e.HoursPerMonthSaved)}</td><td class="state">{(e.Complete ? new Text("採点済み", "Scored") : new Text("未採点", "Not scored")).In(language)}</td></tr>
            """)));
        parts.Add(Html.Format($"""
            <h2>{new Text("審査するエントリー", "Entries to judge").In(language)}</h2>
            <table><thead><tr><th>{new Text("課室", "Division").In(language)}</th><th>{new Text("局", "Bureau").In(language)}</th><th>{new Text("止める仕事（時間/月）", "Work stopped (h/month)").In(language)}</th><th>{new Text("状況", "Status").In(language)}</th></tr></thead><tbody>{summary}</tbody></table>
            """));

        var scale = Enumerable.Range(Scorecard.Lowest, Scorecard.Highest).Select(i => new Choice(i.ToString(CultureInfo.InvariantCulture), Scale(i))).ToList();
        foreach (var entry in view.Entries)
        {
            var prefix = entry.DivisionCode + ".";
            var form = failed is { } f && f.Division == entry.DivisionCode ? f.Form : new PageForm(language, Values(entry, prefix));
            var fields = Html.Join(view.Rubric.Select(c => form.Radios(prefix + c.Id, new Text($"{c.Name}（{c.Guide}）", $"{c.Name} ({c.Guide})"), scale, required: true)));
            var body = view.Open
                ? Html.Format($"""
                    <form method="post" action="#entry-{entry.DivisionCode}">
                    {form.ErrorSummary()}
                    {csrf}
                    <input type="hidden" name="division" value="{entry.DivisionCode}">
                    {fields}
                    {form.TextArea(prefix + "comment", new Text("コメント（任意）", "Comment (optional)"), 3)}
                    <button type="submit">{new Text("この採点を保存", "Save these scores").In(language)}</button>
                    </form>
                    """)
                : ReadOnlyScores(view, entry, language);
            parts.Add(Html.Format($"""
                <section id="entry-{entry.DivisionCode}" class="entry" data-division="{entry.DivisionCode}">
                <h2>{entry.BureauName} {entry.DivisionName}</h2>
                <p>{new Text("ミッション", "Mission").In(language)}: {entry.Mission}</p>
                <p>{new Text("止める仕事で減る時間", "Hours saved by the work stopped").In(language)}: {Hours(entry.HoursPerMonthSaved)} {new Text("時間/月", "h/month").In(language)} — <a href="{entry.EntryUrl}?lang={language.Code()}">{new Text("エントリー全文を読む", "Read the whole entry").In(language)}</a></p>
                {body}
                </section>
                """));
        }

        return PageResults.Page(request, language, $"{Title.In(language)}（{season.SeasonId}）", Html.Join(parts), status);
    }

    private static Dictionary<string, string?> Values(JudgingEntryView entry, string prefix)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (criterion, score) in entry.Scores ?? new Dictionary<string, int>())
        {
            values[prefix + criterion] = score.ToString(CultureInfo.InvariantCulture);
        }

        values[prefix + "comment"] = entry.Comment;
        return values;
    }

    private static Html ReadOnlyScores(JudgingView view, JudgingEntryView entry, Language language)
    {
        if (entry.Scores is null)
        {
            return Html.Format($"""<p>{new Text("採点していません。", "Not scored.").In(language)}</p>""");
        }

        var rows = Html.Join(view.Rubric.Select(c => Html.Format($"""<tr><td>{c.Name}</td><td>{(entry.Scores.TryGetValue(c.Id, out var s) ? s.ToString(CultureInfo.InvariantCulture) : "-")}</td></tr>""")));
        return Html.Format($"""<table><tbody>{rows}</tbody></table><p>{entry.Comment ?? ""}</p>""");
    }

    private static Text Scale(int score) => score switch
    {
        1 => new("1 不十分", "1 poor"),
        2 => new("2 やや不十分", "2 fair"),
        3 => new("3 標準", "3 good"),
        4 => new("4 優れている", "4 very good"),
        _ => new("5 非常に優れている", "5 outstanding"),
    };

    public static string Hours(decimal hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Percent(double weight) => (weight * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
