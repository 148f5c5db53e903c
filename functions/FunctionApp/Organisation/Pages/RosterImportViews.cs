using Transformation.Organisation.Import;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Organisation.Pages;

/// <summary>The result of an import as HR reads it: what changed, or every error by line.</summary>
public static class RosterImportViews
{
    public static Html Report(RosterImportReport report, Language language) => Html.Join(
        Html.Format($"<p class=\"success\" role=\"status\">{new Text($"名簿を取り込みました（{report.StaffCount} 名）。", $"The roster was imported ({report.StaffCount} staff).").In(language)}</p>"),
        Section(new Text($"着任 {report.JoinedCount} 名", $"Joined: {report.JoinedCount}").In(language), report.Joined.Select(j => $"{j.StaffId} {j.Name}（{j.DivisionName}）")),
        Section(new Text($"離任 {report.LeftCount} 名", $"Left: {report.LeftCount}").In(language), report.Left.Select(l => $"{l.StaffId} {l.Name}（{l.DivisionName}）")),
        Section(new Text($"異動 {report.MovedCount} 名", $"Moved: {report.MovedCount}").In(language), report.Moved.Select(m => $"{m.StaffId} {m.Name}: {m.FromDivisionName} → {m.ToDivisionName}")));

    public static Html Errors(IReadOnlyList<FieldError> errors, int maxShown, Language language)
    {
        var rows = errors.Take(maxShown).Select(e =>
            Html.Format($"<tr><td>{(e.Line is { } line ? line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}</td><td>{e.Field}</td><td>{e.Message.In(language)}</td></tr>"));
        return Html.Format($"""
            <p class="error" role="alert">{new Text($"名簿ファイルに {errors.Count} 件の誤りがあります。何も取り込んでいません。", $"The roster file has {errors.Count} errors. Nothing was imported.").In(language)}</p>
            <table><thead><tr><th>{new Text("行", "Line").In(language)}</th><th>{new Text("項目", "Field").In(language)}</th><th>{new Text("内容", "Problem").In(language)}</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody></table>
            """);
    }

    private static Html Section(string heading, IEnumerable<string> lines)
    {
        var items = lines.Take(200).Select(l => Html.Format($"<li>{l}</li>")).ToList();
        return items.Count == 0
            ? Html.Format($"<h2>{heading}</h2>")
            : Html.Format($"<h2>{heading}</h2><ul>{Html.Join(items)}</ul>");
    }
}
