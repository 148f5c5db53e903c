using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// The changes of judging, shared by the API and the pages: HR names the panel, a judge scores an entry, HR confirms
/// or adjusts the awards. Each checks everything first and then makes one write, so a refusal writes nothing.
/// </summary>
public sealed class JudgingCommands(JudgingService judging, RankingService rankings)
{
    public const int MaxJudges = 30;

    public const int MaxCommentLength = 2000;

    public static readonly Text Invalid = new("入力内容に誤りがあります。", "Some fields are not valid.");
    public static readonly Text NoSeason = new("このシーズンはありません。", "There is no such season.");
    public static readonly Text NotJudge = new("このシーズンの審査員に指名されていません。", "You are not on this season's judging panel.");
    public static readonly Text ConflictOfInterest = new(
        "ご自身の局のエントリーは審査できません（利益相反）。採点は保存されていません。",
        "You cannot judge an entry of your own bureau (conflict of interest). Nothing was saved.");
    public static readonly Text NoEntry = new("この課室の提出済みエントリーはありません。", "This division has no submitted entry.");
    public static readonly Text JudgingClosed = new(
        "審査の受付期間ではありません（審査開始前、または審査期限を過ぎています）。", "Judging is not open (it has not started, or its deadline has passed).");
    public static readonly Text RankingDone = new("順位はすでに算出されたため、審査員は変更できません。", "The ranking has been computed: the panel can no longer change.");
    public static readonly Text NotAwaitingConfirmation = new(
        "表彰の確定は、順位の算出後（確認待ち）にのみ行えます。", "Awards can be confirmed only once the ranking is computed and awaits confirmation.");
    public static readonly Text PanelChanged = new(
        "シーズンの状態が同時に変わりました（順位の算出が始まった可能性があります）。状態を確認してからやり直してください。",
        "The season changed at the same moment (the ranking may have started). Check its state and try again.");
    public static readonly Text AlreadyConfirmed = new("表彰はすでに確定しています。", "The awards have already been confirmed.");
    public static readonly Text NoSnapshot = new("このシーズンの名簿を読み込めません。", "The roster of this season cannot be read.");

    public JudgingService Judging => judging;

    /// <summary>HR names (or changes) the panel until the ranking is computed. Every judge must be in the season's roster snapshot.</summary>
    public async Task<JudgingOutcome> NamePanelAsync(
        string seasonId, IReadOnlyList<string?>? judges, string namedBy, CancellationToken cancellationToken = default)
    {
        var season = await judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return JudgingOutcome.NotFound(NoSeason);
        }

        if (SeasonPhase.IsAtOrAfter(season.Phase, SeasonPhase.AwaitingConfirmation))
        {
            return JudgingOutcome.Conflict(RankingDone);
        }

        var people = await judging.PeopleAsync(season, cancellationToken);
        if (people.Snapshot is null)
        {
            return JudgingOutcome.Conflict(NoSnapshot);
        }

        var errors = new List<FieldError>();
        var ids = new List<string>();
        if (judges is null || judges.Count == 0)
        {
            errors.Add(new FieldError("judges", new Text("審査員を1人以上指名してください。", "Name at least one judge.")));
        }
        else if (judges.Count > MaxJudges)
        {
            errors.Add(new FieldError("judges", new Text($"審査員は{MaxJudges}人までです。", $"Name at most {MaxJudges} judges.")));
        }
        else
        {
            for (var i = 0; i < judges.Count; i++)
            {
                var id = judges[i]?.Trim() ?? "";
                var field = $"judges[{i}]";
                if (id.Length == 0)
                {
                    errors.Add(new FieldError(field, new Text("職員番号が空です。", "The staff id is empty.")));
                }
                else if (people.Snapshot.Person(id) is null)
                {
                    errors.Add(new FieldError(field, new Text($"職員番号 {id} はこのシーズンの名簿にありません。", $"Staff id {id} is not in this season's roster.")));
                }
                else if (ids.Contains(id, StringComparer.Ordinal))
                {
                    errors.Add(new FieldError(field, new Text($"職員番号 {id} が重複しています。", $"Staff id {id} is listed twice.")));
                }
                else
                {
                    ids.Add(id);
                }
            }
        }

        if (errors.Count > 0)
        {
            return JudgingOutcome.Invalid(Invalid, errors);
        }

        // Refused when the ranking started meanwhile (the season row changed under this write).
        return await judging.Seasons.SetPanelAsync(seasonId, ids, namedBy, cancellationToken)
            ? JudgingOutcome.Done
            : JudgingOutcome.Conflict(PanelChanged);
    }

    /// <summary>
    /// A judge of the panel scores a submitted entry not of their own bureau, while judging is open; a second save replaces the
    /// first.
    /// </summary>
    public async Task<(JudgingOutcome Outcome, Scorecard? Card)> ScoreAsync(
        string seasonId, string judgeId, string divisionCode, IReadOnlyDictionary<string, string?> values, string? comment,
        CancellationToken cancellationToken = default)
    {
        var season = await judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return (JudgingOutcome.NotFound(NoSeason), null);
        }

        if (!season.IsJudge(judgeId))
        {
            return (JudgingOutcome.Forbidden(NotJudge), null);
        }

        var entry = await judging.Entries.GetAsync(seasonId, divisionCode, cancellationToken);
        if (entry is not { IsSubmitted: true } || !season.IsPublished(judging.Now))
        {
            return (JudgingOutcome.NotFound(NoEntry), null);
        }

        if (await judging.IsConflictAsync(season, judgeId, entry, cancellationToken))
        {
            return (JudgingOutcome.Forbidden(ConflictOfInterest), null);
        }

        if (!season.AcceptsScores(judging.Now))
        {
            return (JudgingOutcome.Conflict(JudgingClosed), null);
        }

        var validation = ScoreValidator.Validate(judging.Rubric, values, comment);
        if (!validation.IsValid)
        {
            return (JudgingOutcome.Invalid(Invalid, validation.Errors), null);
        }

        var card = new Scorecard(seasonId, judgeId, divisionCode, validation.Scores, validation.Comment, judging.Now);
        await judging.Scores.SaveAsync(card, cancellationToken);
        return (JudgingOutcome.Done, card);
    }

    /// <summary>The awards the ranking proposes: the first entries with a score, as many as the awards hand out.</summary>
    public IReadOnlyList<string> Proposal(Ranking ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return [.. ranking.Entries.Where(e => e.Score is not null).Take(AwardPlaces.Total(judging.Options.Awards)).Select(e => e.DivisionCode)];
    }

    /// <summary>
    /// HR confirms the proposal, or gives the award order itself (ranked entries, no repeats, at most as many as
    /// there are awards) with a comment saying why. Only while the ranking awaits confirmation, and only once.
    /// </summary>
    public async Task<(JudgingOutcome Outcome, AwardDecision? Decision)> ConfirmAwardAsync(
        string seasonId, string decidedBy, IReadOnlyList<string?>? order, string? comment, CancellationToken cancellationToken = default)
    {
        var season = await judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return (JudgingOutcome.NotFound(NoSeason), null);
        }

        if (season.Phase == SeasonPhase.Awarded || await judging.Seasons.GetAwardAsync(seasonId, cancellationToken) is not null)
        {
            return (JudgingOutcome.Conflict(AlreadyConfirmed), null);
        }

        var ranking = await rankings.GetAsync(seasonId, cancellationToken);
        if (season.Phase != SeasonPhase.AwaitingConfirmation || ranking is null)
        {
            return (JudgingOutcome.Conflict(NotAwaitingConfirmation), null);
        }

        var proposal = Proposal(ranking);
        var total = AwardPlaces.Total(judging.Options.Awards);
        var errors = new List<FieldError>();
        var chosen = new List<string>();
        if (order is null)
        {
            chosen.AddRange(proposal);
        }
        else if (order.Count == 0 || order.Count > total)
        {
            errors.Add(new FieldError("order", new Text($"受賞する課室を1〜{total}件、順に指定してください。", $"List 1 to {total} divisions in award order.")));
        }
        else
        {
            var ranked = ranking.Entries.Select(e => e.DivisionCode).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < order.Count; i++)
            {
                var code = order[i]?.Trim() ?? "";
                var field = $"order[{i}]";
                if (!ranked.Contains(code))
                {
                    errors.Add(new FieldError(field, new Text(
                        $"課室 {code} は順位表にありません（提出済みエントリーのみ表彰できます）。",
                        $"Division {code} is not in the ranking (only submitted entries can win).")));
                }
                else if (chosen.Contains(code, StringComparer.Ordinal))
                {
                    errors.Add(new FieldError(field, new Text($"課室 {code} が重複しています。", $"Division {code} is listed twice.")));
                }
                else
                {
                    chosen.Add(code);
                }
            }
        }

        var adjusted = !chosen.SequenceEqual(proposal, StringComparer.Ordinal);
        var text = comment?.Trim() ?? "";
        if (errors.Count == 0 && adjusted && text.Length == 0)
        {
            errors.Add(new FieldError("comment", new Text(
                "提案された順位と異なる表彰にする場合は、理由をコメントに記入してください。", "Say in the comment why the awards differ from the proposed ranking.")));
        }

        if (text.Length > MaxCommentLength)
        {
            errors.Add(new FieldError("comment", new Text(
                $"コメントは{MaxCommentLength}字以内で入力してください。", $"Keep the comment to {MaxCommentLength} characters.")));
        }

        if (errors.Count > 0)
        {
            return (JudgingOutcome.Invalid(Invalid, errors), null);
        }

        var decision = new AwardDecision(chosen, adjusted, text, decidedBy, judging.Now);
        // Of two confirmations at the same moment, only the first is stored.
        return await judging.Seasons.SaveAwardAsync(seasonId, decision, cancellationToken)
            ? (JudgingOutcome.Done, decision)
            : (JudgingOutcome.Conflict(AlreadyConfirmed), null);
    }
}
