using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// HR's ranking page (the ranking with its method written out, the judges' progress, and the confirm / adjust form)
/// and the awards page all staff read once the winners are announced.
/// </summary>
public sealed class RankingPageFunctions(
    JudgingCommands commands,
    JudgingViews views,
    SeasonSignals signals,
    FormProtection forms,
    CallerLanguage languages,
    JapanTime japanTime)
{
    private static readonly Text RankingTitle = new("チームアップ・チャレンジ 順位表", "Team-Up Challenge: ranking");
    private static readonly Text AwardsTitle = new("チームアップ・チャレンジ 表彰", "Team-Up Challenge: awards");
    private static readonly Text MethodHeading = new("順位の決め方", "How the ranking is decided");

    [Function("TeamUpRankingPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page (HR): the ranking with the method in words, the judges' progress, and the form to confirm or adjust the awards with a comment.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}/ranking")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var season = await commands.Judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        return await RankingPageAsync(request, season, language, null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("TeamUpRankingPagePost")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page (HR): confirms the awards as proposed or in an adjusted order with a comment (anti-forgery checked); then the winners and all staff are told.")]
    public async Task<IActionResult> Confirm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "team-up/{seasonId}/ranking")] HttpRequest request,
        string seasonId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        var season = await commands.Judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        var posted = await request.ReadFormAsync(cancellationToken);
        var total = AwardPlaces.Total(commands.Judging.Options.Awards);
        var places = Enumerable.Range(0, total).Select(i => posted[$"order[{i}]"].ToString().Trim()).ToList();
        while (places.Count > 0 && places[^1].Length == 0)
        {
            places.RemoveAt(places.Count - 1);
        }

        var gaps = places.Select((p, i) => (p, i)).Where(x => x.p.Length == 0)
            .Select(x => new FieldError($"order[{x.i}]", new Text("途中の順位を空欄にはできません。", "Leave no place empty before a later one."))).ToList();
        if (gaps.Count > 0)
        {
            return await RankingPageAsync(request, season, language, PageForm.FromPost(language, posted, gaps), StatusCodes.Status400BadRequest, cancellationToken);
        }

        var caller = Caller.Required(request);
        var (outcome, _) = await commands.ConfirmAwardAsync(seasonId, caller.StaffId, places.Cast<string?>().ToList(), posted["comment"].ToString(), cancellationToken);
        switch (outcome.Kind)
        {
            case JudgingOutcomeKind.Done:
                await signals.RaiseAsync(client, seasonId, SeasonEvents.AwardConfirmed, caller.StaffId, cancellationToken);
                return new RedirectResult($"/team-up/{Uri.EscapeDataString(seasonId)}/ranking?done=confirmed&lang={language.Code()}", permanent: false, preserveMethod: false);
            case JudgingOutcomeKind.Invalid:
                var errors = (outcome.Errors ?? []).Select(e => e.Field == "order" ? e with { Field = "order[0]" } : e).ToList();
                return await RankingPageAsync(request, season, language, PageForm.FromPost(language, posted, errors), StatusCodes.Status400BadRequest, cancellationToken);
            default:
                return PageResults.Error(request, language, StatusCodes.Status409Conflict, new Text("確定できません", "Cannot confirm"), outcome.Message!);
        }
    }

    [Function("TeamUpAwardsPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page (all staff): the season's winners with links to their entries, HR's comment and how the ranking was decided.")]
    public async Task<IActionResult> Awards(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}/awards")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var season = await commands.Judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        var view = await views.AwardsAsync(season, language, cancellationToken);
        if (view is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status409Conflict,
                new Text("表彰はまだ発表されていません", "The awards are not announced yet"),
                new Text("審査と人事課の確認が終わると、ここで受賞課室をお知らせします。", "Once judging and HR's confirmation are done, the winners are shown here."));
        }

        var winners = Html.Join(view.Winners.Select(w => Html.Format($"""
            <tr data-division="{w.DivisionCode}"><td>{w.AwardName}</td><td><a href="{w.EntryUrl}?lang={language.Code()}">{w.DivisionName}</a></td><td>{w.BureauName}</td><td>{JudgingPageFunctions.Hours(w.HoursPerMonthSaved)}</td></tr>
            """)));
        var comment = view.Comment.Length == 0 ? Html.Empty : Html.Format($"""
            <h2>{new Text("人事課からのコメント", "A word from HR").In(language)}</h2><p class="comment">{view.Comment}</p>
            """);
        var body = Html.Format($"""
            <p>{new Text($"{season.SeasonId}年度のチームアップ・チャレンジの受賞課室です。おめでとうございます。", $"The winners of the {season.SeasonId} Team-Up Challenge. Congratulations!").In(language)}</p>
            <table class="winners"><thead><tr><th>{new Text("賞", "Award").In(language)}</th><th>{new Text("課室", "Division").In(language)}</th><th>{new Text("局", "Bureau").In(language)}</th><th>{new Text("止める仕事（時間/月）", "Work stopped (h/month)").In(language)}</th></tr></thead><tbody>{winners}</tbody></table>
            {comment}
            <h2>{MethodHeading.In(language)}</h2>
            <p class="method">{view.Method.In(language)}</p>
            """);
        return PageResults.Page(request, language, $"{AwardsTitle.In(language)}（{season.SeasonId}）", body);
    }

    private async Task<IActionResult> RankingPageAsync(HttpRequest request, Season season, Language language, PageForm? failed, int status, CancellationToken cancellationToken)
    {
        var ranking = await views.RankingAsync(season, language, cancellationToken);
        var progress = await views.ProgressAsync(season, cancellationToken);
        var parts = new List<Html>();
        if (request.Query["done"].ToString() == "confirmed")
        {
            parts.Add(Html.Format($"""<p class="notice" role="status">{new Text("表彰を確定しました。受賞課室と全職員にお知らせします。", "The awards are confirmed. The winners and all staff will be told.").In(language)}</p>"""));
        }

        if (ranking is null)
        {
            parts.Add(Html.Format($"""<p class="notice">{new Text("順位は審査期限の後に算出されます。", "The ranking is computed after the judging deadline.").In(language)}</p>"""));
        }
        else
        {
            parts.Add(RankingTable(ranking, language));
            if (ranking.TieAtAwardLine)
            {
                parts.Add(Html.Format($"""<p class="notice tie">{new Text("表彰枠の境目で同順位の課室があります。表彰する課室を選び、理由をコメントに記入してください。", "Entries share a rank at the edge of the awards: choose the winners and give the reason in the comment.").In(language)}</p>"""));
            }
        }

        parts.Add(Html.Format($"""<h2>{MethodHeading.In(language)}</h2><p class="method">{views.Method.In(language)}</p>"""));
        parts.Add(ProgressTable(progress, language));
        if (ranking?.Award is { } award)
        {
            parts.Add(Decision(award, ranking, language));
        }
        else if (ranking is not null && season.Phase == SeasonPhase.AwaitingConfirmation)
        {
            parts.Add(ConfirmForm(request, ranking, failed ?? new PageForm(language, Proposed(ranking)), language));
        }

        return PageResults.Page(request, language, $"{RankingTitle.In(language)}（{season.SeasonId}）", Html.Join(parts), status);
    }

    private static Html RankingTable(RankingView ranking, Language language)
    {
        var rows = Html.Join(ranking.Entries.Select(r => Html.Format($"""
            <tr data-division="{r.DivisionCode}"><td>{r.Rank}{(r.Tied ? new Text("（同順位）", " (tied)").In(language) : "")}</td><td>{r.DivisionName}</td><td>{r.BureauName}</td><td>{Number(r.Score)}</td><td>{Number(r.RawWeightedMean)}</td><td>{r.Judges}</td><td>{r.FirstPlaces}</td><td>{JudgingPageFunctions.Hours(r.HoursPerMonthSaved)}</td><td class="decided">{Decided(r).In(language)}</td><td>{r.ProposedAward ?? ""}</td></tr>
            """)));
        return Html.Format($"""
            <table class="ranking"><thead><tr><th>{new Text("順位", "Rank").In(language)}</th><th>{new Text("課室", "Division").In(language)}</th><th>{new Text("局", "Bureau").In(language)}</th><th>{new Text("得点（標準化）", "Score (standardised)").In(language)}</th><th>{new Text("加重点の平均（参考）", "Mean weighted score (for reference)").In(language)}</th><th>{new Text("審査員数", "Judges").In(language)}</th><th>{new Text("1位評価", "First places").In(language)}</th><th>{new Text("止める仕事（時間/月）", "Work stopped (h/month)").In(language)}</th><th>{new Text("同点時の決定", "Tie decided by").In(language)}</th><th>{new Text("表彰案", "Proposed award").In(language)}</th></tr></thead>
            <tbody>{rows}</tbody></table>
            """);
    }

    private static Text Decided(RankingRowView row) => row switch
    {
        { Score: null } => new("採点なし", "not scored"),
        { DecidedBy: TieBreaks.FirstPlaces } => new("1位評価の数", "first places"),
        { DecidedBy: TieBreaks.Hours } => new("止める仕事の時間", "hours of work stopped"),
        { Tied: true } => new("同順位", "shared rank"),
        _ => new("", ""),
    };

    private Html ProgressTable(ProgressView progress, Language language)
    {
        var deadline = progress.JudgingDeadlineUtc is { } d ? DisplayDates.Format(japanTime.ToLocal(d), language) : "-";
        var rows = Html.Join(progress.Judges.Select(j => Html.Format($"""
            <tr data-judge="{j.StaffId}"><td>{j.Name}</td><td>{j.BureauName}</td><td>{j.Offered}</td><td>{j.Scored}</td><td>{(j.Finished ? new Text("完了", "Finished") : new Text($"残り{j.Remaining}件", $"{j.Remaining} left")).In(language)}</td></tr>
            """)));
        return Html.Format($"""
            <h2>{new Text("審査員の進捗", "Judges' progress").In(language)}</h2>
            <p>{new Text("審査期限", "Judging deadline").In(language)}: {deadline} — {new Text($"{progress.Judges.Count}人中{progress.Finished}人が完了", $"{progress.Finished} of {progress.Judges.Count} judges finished").In(language)}</p>
            <table class="progress"><thead><tr><th>{new Text("審査員", "Judge").In(language)}</th><th>{new Text("局", "Bureau").In(language)}</th><th>{new Text("対象", "Offered").In(language)}</th><th>{new Text("採点済み", "Scored").In(language)}</th><th>{new Text("状況", "Status").In(language)}</th></tr></thead><tbody>{rows}</tbody></table>
            """);
    }

    private Html ConfirmForm(HttpRequest request, RankingView ranking, PageForm form, Language language)
    {
        var choices = new List<Choice> { new("", new Text("（なし）", "(none)")) };
        choices.AddRange(ranking.Entries.Select(r => new Choice(r.DivisionCode, new Text($"{r.Rank}位 {r.DivisionName}（{r.BureauName}）", $"#{r.Rank} {r.DivisionName} ({r.BureauName})"))));
        var places = AwardPlaces.Assign([.. Enumerable.Range(0, AwardPlaces.Total(commands.Judging.Options.Awards)).Select(i => i.ToString(CultureInfo.InvariantCulture))], commands.Judging.Options.Awards);
        var awards = commands.Judging.Options.Awards.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var selects = Html.Join(places.Select(p => form.Select($"order[{p.Place - 1}]", new Text($"{p.Place}. {awards[p.AwardId].Ja}", $"{p.Place}. {awards[p.AwardId].En}"), choices)));
        return Html.Format($"""
            <h2>{new Text("表彰の確定", "Confirm the awards").In(language)}</h2>
            <p>{new Text("順位表の案のとおりでよければ、そのまま確定してください。変更する場合は、理由をコメントに記入してください。", "Confirm the proposal as it is, or change the winners and give the reason in the comment.").In(language)}</p>
            {form.Form(forms.HiddenField(request.HttpContext), Html.Join([selects, form.TextArea("comment", new Text("コメント（変更する場合は必須）", "Comment (required when you change the proposal)"), 3)]), new Text("表彰を確定する", "Confirm the awards"))}
            """);
    }

    private Html Decision(AwardDecision award, RankingView ranking, Language language)
    {
        var names = ranking.Entries.ToDictionary(r => r.DivisionCode, r => r.DivisionName, StringComparer.Ordinal);
        var awards = commands.Judging.Options.Awards.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var items = Html.Join(AwardPlaces.Assign(award.Order, commands.Judging.Options.Awards).Select(p => Html.Format($"""
            <li data-division="{p.DivisionCode}">{awards[p.AwardId].Name.In(language)}: {names.GetValueOrDefault(p.DivisionCode, p.DivisionCode)}</li>
            """)));
        return Html.Format($"""
            <h2>{new Text("確定した表彰", "Confirmed awards").In(language)}</h2>
            <p>{DisplayDates.Format(japanTime.ToLocal(award.DecidedAtUtc), language)}{(award.Adjusted ? new Text("（順位表の案から変更）", " (changed from the proposal)").In(language) : "")}</p>
            <ol class="decision">{items}</ol>
            <p class="comment">{award.Comment}</p>
            """);
    }

    private static Dictionary<string, string?> Proposed(RankingView ranking) =>
        ranking.Proposal.Select((code, i) => (Key: $"order[{i}]", Code: code)).ToDictionary(x => x.Key, x => (string?)x.Code, StringComparer.Ordinal);

    private static string Number(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-";
}
