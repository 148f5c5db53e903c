using Microsoft.AspNetCore.Http;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.TeamUp.Entries;

/// <summary>
/// The entry form: the policy fields, then rows for work to stop and for team initiatives. There is no script:
/// the form always offers a few blank rows beyond those filled (up to the limit), and blank rows are ignored.
/// </summary>
public static class EntryForm
{
    /// <summary>Blank rows offered beyond the rows already filled.</summary>
    public const int SpareRows = 3;

    public static int Rows(int filled) => Math.Min(EntryRules.MaxItems, filled + SpareRows);

    /// <summary>The stored entry as form values (the ETag rides along so a save checks nobody changed it meanwhile).</summary>
    public static Dictionary<string, string?> Values(Entry? entry)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal) { ["etag"] = entry?.ETag ?? "" };
        if (entry is null)
        {
            return values;
        }

        var c = entry.Content;
        values["mission"] = c.Mission;
        values["priorities"] = c.Priorities;
        values["wayOfWorking"] = c.WayOfWorking;
        for (var i = 0; i < c.StopWork.Count; i++)
        {
            values[$"stopWork[{i}].task"] = c.StopWork[i].Task;
            values[$"stopWork[{i}].reason"] = c.StopWork[i].Reason;
            values[$"stopWork[{i}].hoursPerMonth"] = EntryValidator.Hours(c.StopWork[i].HoursPerMonth);
        }

        for (var i = 0; i < c.Initiatives.Count; i++)
        {
            values[$"initiatives[{i}].title"] = c.Initiatives[i].Title;
            values[$"initiatives[{i}].description"] = c.Initiatives[i].Description;
            values[$"initiatives[{i}].results"] = c.Initiatives[i].Results;
        }

        return values;
    }

    /// <summary>How many rows of each list a posted form has filled (to offer as many again plus spares).</summary>
    public static (int StopWork, int Initiatives) FilledRows(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (stop, initiatives) = (0, 0);
        for (var i = 0; i < EntryRules.MaxItems; i++)
        {
            if (Filled(form, $"stopWork[{i}].", "task", "reason", "hoursPerMonth"))
            {
                stop = i + 1;
            }

            if (Filled(form, $"initiatives[{i}].", "title", "description", "results"))
            {
                initiatives = i + 1;
            }
        }

        return (stop, initiatives);
    }

    /// <summary>The rows with anything in them as an entry input, and where each error belongs on the form.</summary>
    public static (EntryInput Input, Func<FieldError, FieldError> ToFormField) Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string V(string name) => form[name].ToString();
        var stopRows = new List<int>();
        var stopWork = new List<StopWorkInput>();
        var initiativeRows = new List<int>();
        var initiatives = new List<InitiativeInput>();
        for (var i = 0; i < EntryRules.MaxItems; i++)
        {
            if (Filled(form, $"stopWork[{i}].", "task", "reason", "hoursPerMonth"))
            {
                stopRows.Add(i);
                stopWork.Add(new StopWorkInput(V($"stopWork[{i}].task"), V($"stopWork[{i}].reason"), V($"stopWork[{i}].hoursPerMonth")));
            }

            if (Filled(form, $"initiatives[{i}].", "title", "description", "results"))
            {
                initiativeRows.Add(i);
                initiatives.Add(new InitiativeInput(V($"initiatives[{i}].title"), V($"initiatives[{i}].description"), V($"initiatives[{i}].results")));
            }
        }

        FieldError ToFormField(FieldError error)
        {
            foreach (var (prefix, rows) in new[] { ("stopWork", stopRows), ("initiatives", initiativeRows) })
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    var from = $"{prefix}[{i}].";
                    if (error.Field.StartsWith(from, StringComparison.Ordinal))
                    {
                        return error with { Field = $"{prefix}[{rows[i]}]." + error.Field[from.Length..] };
                    }
                }
            }

            // "At least one" is shown at the first row of its list.
            return error.Field switch
            {
                "stopWork" => error with { Field = "stopWork[0].task" },
                "initiatives" => error with { Field = "initiatives[0].title" },
                _ => error,
            };
        }

        return (new EntryInput(V("mission"), V("priorities"), V("wayOfWorking"), stopWork, initiatives), ToFormField);
    }

    public static Html Fields(PageForm form, int stopRows, int initiativeRows)
    {
        ArgumentNullException.ThrowIfNull(form);
        var language = form.Language;
        var stop = Html.Join(Enumerable.Range(0, stopRows).Select(i => Html.Format($"""
            <fieldset class="row"><legend>{new Text($"止める仕事 {i + 1}", $"Work to stop {i + 1}").In(language)}</legend>
            {form.TextInput($"stopWork[{i}].task", new Text("止める仕事（業務の内容）", "The work to stop"))}
            {form.TextArea($"stopWork[{i}].reason", new Text("止める理由", "Why it is stopped"), 2)}
            {form.TextInput($"stopWork[{i}].hoursPerMonth", new Text("削減できる時間（時間／月、小数第1位まで）", "Hours a month saved (one decimal at most)"), "text")}
            </fieldset>
            """)));
        var initiatives = Html.Join(Enumerable.Range(0, initiativeRows).Select(i => Html.Format($"""
            <fieldset class="row"><legend>{new Text($"チームの取組 {i + 1}", $"Team initiative {i + 1}").In(language)}</legend>
            {form.TextInput($"initiatives[{i}].title", new Text("取組の名称", "Title"))}
            {form.TextArea($"initiatives[{i}].description", new Text("取組の内容", "What the team does"), 3)}
            {form.TextArea($"initiatives[{i}].results", new Text("成果", "Results"), 2)}
            </fieldset>
            """)));
        return Html.Format($"""
            <input type="hidden" name="etag" value="{form.Value("etag")}">
            <h2>{new Text("運営方針", "Management policy").In(language)}</h2>
            {form.TextArea("mission", new Text("ミッション", "Mission"), 3, required: true)}
            {form.TextArea("priorities", new Text("重点事項", "Priorities"), 4, required: true)}
            {form.TextArea("wayOfWorking", new Text("働き方（チームの進め方）", "How the team works"), 4, required: true)}
            <h2>{new Text("止める仕事", "Work to stop").In(language)}</h2>
            <p>{new Text($"提出には1件以上必要です（最大{EntryRules.MaxItems}件）。空欄の行は無視されます。行が足りないときは保存すると空欄の行が追加されます。", $"At least one is needed to submit (at most {EntryRules.MaxItems}). Blank rows are ignored; save to get more blank rows.").In(language)}</p>
            {stop}
            <h2>{new Text("チームの取組と成果", "Team initiatives and results").In(language)}</h2>
            <p>{new Text($"提出には1件以上必要です（最大{EntryRules.MaxItems}件）。", $"At least one is needed to submit (at most {EntryRules.MaxItems}).").In(language)}</p>
            {initiatives}
            """);
    }

    private static bool Filled(IFormCollection form, string prefix, params string[] names) =>
        names.Any(n => form[prefix + n].ToString().Trim().Length > 0);
}
