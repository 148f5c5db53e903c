using Microsoft.AspNetCore.Http;
using Transformation.Platform.Http;

namespace Transformation.TeamUp.Entries;

/// <summary>
/// Reading the entry form (<see cref="EntryFields"/>): the stored entry as its values, the posted rows as an entry input.
/// There is no script: the form always offers a few blank rows beyond those filled (up to the limit), and blank rows
/// are ignored.
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
                initiatives.Add(new InitiativeInput(
                    V($"initiatives[{i}].title"), V($"initiatives[{i}].description"), V($"initiatives[{i}].results")));
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

    private static bool Filled(IFormCollection form, string prefix, params string[] names) =>
        names.Any(n => form[prefix + n].ToString().Trim().Length > 0);
}
