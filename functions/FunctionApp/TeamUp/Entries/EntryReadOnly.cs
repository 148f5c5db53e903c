using System.Globalization;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.TeamUp.Entries;

/// <summary>An entry as a page shows it to readers (and to its head after the deadline): every field, line breaks kept, print-friendly.</summary>
public static class EntryReadOnly
{
    public static Html Render(EntryView view, Language language)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Content;
        if (view.Status == EntryProgress.NotStarted)
        {
            return Html.Format($"""<p>{new Text("まだ応募は作成されていません。", "No entry has been written yet.").In(language)}</p>""");
        }

        var stop = Html.Join(c.StopWork.Select(s => Html.Format($"""
            <tr><td>{s.Task}</td><td style="white-space:pre-line">{s.Reason}</td><td class="hours">{Hours(s.HoursPerMonth)}</td></tr>
            """)));
        var initiatives = Html.Join(c.Initiatives.Select(t => Html.Format($"""
            <section class="initiative"><h3>{t.Title}</h3><p style="white-space:pre-line">{t.Description}</p>{Results(t.Results, language)}</section>
            """)));
        return Html.Format($"""
            <article class="entry">
            <h2>{new Text("運営方針", "Management policy").In(language)}</h2>
            <h3>{new Text("ミッション", "Mission").In(language)}</h3><p class="mission" style="white-space:pre-line">{c.Mission}</p>
            <h3>{new Text("重点事項", "Priorities").In(language)}</h3><p style="white-space:pre-line">{c.Priorities}</p>
            <h3>{new Text("働き方（チームの進め方）", "How the team works").In(language)}</h3><p style="white-space:pre-line">{c.WayOfWorking}</p>
            <h2>{new Text("止める仕事", "Work to stop").In(language)}</h2>
            <table class="stop-work"><thead><tr><th>{new Text("止める仕事", "Work").In(language)}</th><th>{new Text("理由", "Why").In(language)}</th><th>{new Text("時間／月", "Hours a month").In(language)}</th></tr></thead>
            <tbody>{stop}</tbody>
            <tfoot><tr><th colspan="2">{new Text("合計", "Total").In(language)}</th><td class="total-hours">{Hours(view.HoursPerMonthSaved)}</td></tr></tfoot></table>
            <h2>{new Text("チームの取組と成果", "Team initiatives and results").In(language)}</h2>
            {initiatives}
            </article>
            """);
    }

    public static string Hours(decimal hours) => hours.ToString("#,0.#", CultureInfo.InvariantCulture);

    private static Html Results(string results, Language language) => results.Length == 0
        ? Html.Empty
        : Html.Format($"""<p style="white-space:pre-line"><strong>{new Text("成果", "Results").In(language)}:</strong> {results}</p>""");
}
