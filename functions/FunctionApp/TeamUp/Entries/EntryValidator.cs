using System.Globalization;
using System.Text;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Entries;

/// <summary>
/// Checks an entry before anything is written. A draft may be incomplete (any field empty, no rows yet), but every
/// row it has must be whole: work to stop needs its task, its reason and the hours a month it frees (above 0, at
/// most 744, at most one decimal); an initiative needs a title and a description. A submission also needs the
/// mission, the priorities, the way of working, at least one piece of work to stop and one initiative.
/// </summary>
public static class EntryValidator
{
    public static EntryValidation Validate(EntryInput input, bool submitting)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var mission = Policy(input.Mission, "mission", EntryRules.MaxMission, new Text("ミッション", "The mission"), submitting, errors);
        var priorities = Policy(input.Priorities, "priorities", EntryRules.MaxPriorities, new Text("重点事項", "The priorities"), submitting, errors);
        var way = Policy(
            input.WayOfWorking, "wayOfWorking", EntryRules.MaxWayOfWorking, new Text("働き方（チームの進め方）", "The way of working"), submitting, errors);

        var stopWork = new List<StopWorkItem>();
        if (input.StopWork.Count > EntryRules.MaxItems)
        {
            errors.Add(new("stopWork", new Text($"止める仕事は{EntryRules.MaxItems}件までです。", $"At most {EntryRules.MaxItems} pieces of work to stop.")));
        }
        else if (submitting && input.StopWork.Count == 0)
        {
            errors.Add(new("stopWork", new Text("提出するには、止める仕事を1件以上入力してください。", "To submit, enter at least one piece of work to stop.")));
        }

        for (var i = 0; i < input.StopWork.Count && i < EntryRules.MaxItems; i++)
        {
            if (CheckStopWork(input.StopWork[i], i, errors) is { } item)
            {
                stopWork.Add(item);
            }
        }

        var initiatives = new List<TeamInitiative>();
        if (input.Initiatives.Count > EntryRules.MaxItems)
        {
            errors.Add(new("initiatives", new Text($"チームの取組は{EntryRules.MaxItems}件までです。", $"At most {EntryRules.MaxItems} team initiatives.")));
        }
        else if (submitting && input.Initiatives.Count == 0)
        {
            errors.Add(new("initiatives", new Text("提出するには、チームの取組を1件以上入力してください。", "To submit, enter at least one team initiative.")));
        }

        for (var i = 0; i < input.Initiatives.Count && i < EntryRules.MaxItems; i++)
        {
            if (CheckInitiative(input.Initiatives[i], i, errors) is { } initiative)
            {
                initiatives.Add(initiative);
            }
        }

        return errors.Count == 0
            ? new EntryValidation(new EntryContent(mission, priorities, way, stopWork, initiatives), [])
            : new EntryValidation(null, errors);
    }

    /// <summary>Whether stored content may be submitted as it is (the submit route checks what was last saved).</summary>
    public static EntryValidation ValidateForSubmit(EntryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Validate(InputOf(content), submitting: true);
    }

    public static EntryInput InputOf(EntryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new EntryInput(content.Mission, content.Priorities, content.WayOfWorking,
            content.StopWork.Select(s => new StopWorkInput(s.Task, s.Reason, Hours(s.HoursPerMonth))).ToList(),
            content.Initiatives.Select(t => new InitiativeInput(t.Title, t.Description, t.Results)).ToList());
    }

    /// <summary>Hours as people write them: "12.5", "8".</summary>
    public static string Hours(decimal hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads hours a month: full-width digits and a full-width point are accepted (１２．５), no sign, no exponent,
    /// no thousands separator. Null when it is not such a number.
    /// </summary>
    public static decimal? ParseHours(string? text)
    {
        var normal = (text ?? "").Normalize(NormalizationForm.FormKC).Trim();
        return normal.Length > 0 && decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours)
            ? hours
            : null;
    }

    private static string Policy(string? value, string field, int max, Text name, bool submitting, List<FieldError> errors)
    {
        var text = Clean(value);
        if (text.Length > max)
        {
            errors.Add(new(field, new Text(
                $"{name.Ja}は{max}文字以内で入力してください（現在{text.Length}文字）。", $"{name.En} must be at most {max} characters (now {text.Length}).")));
        }
        else if (submitting && text.Length == 0)
        {
            errors.Add(new(field, new Text($"提出するには、{name.Ja}を入力してください。", $"To submit, enter {name.En.ToLowerInvariant()}.")));
        }

        return text;
    }

    private static StopWorkItem? CheckStopWork(StopWorkInput row, int i, List<FieldError> errors)
    {
        var before = errors.Count;
        var task = Required(row.Task, $"stopWork[{i}].task", EntryRules.MaxTask,
            new Text("止める仕事の内容を入力してください。", "Enter the work to stop."), new Text("止める仕事の内容", "The work to stop"), errors);
        var reason = Required(row.Reason, $"stopWork[{i}].reason", EntryRules.MaxReason,
            new Text("止める理由を入力してください。", "Enter why it is stopped."), new Text("理由", "The reason"), errors);
        var field = $"stopWork[{i}].hoursPerMonth";
        var hours = ParseHours(row.HoursPerMonth);
        if (string.IsNullOrWhiteSpace(row.HoursPerMonth))
        {
            errors.Add(new(field, new Text("削減できる時間（月あたり）を入力してください。", "Enter the hours a month it saves.")));
        }
        else if (hours is null)
        {
            errors.Add(new(field, new Text("削減時間は数値で入力してください（例：12.5）。", "Enter the hours as a number (e.g. 12.5).")));
        }
        else if (hours <= 0 || hours > EntryRules.MaxHoursPerMonth)
        {
            errors.Add(new(field, new Text(
                $"削減時間は0より大きく{EntryRules.MaxHoursPerMonth}時間以下で入力してください。",
                $"The hours must be above 0 and at most {EntryRules.MaxHoursPerMonth}.")));
        }
        else if (hours * 10 != decimal.Truncate(hours.Value * 10))
        {
            errors.Add(new(field, new Text("削減時間は小数第1位まで入力できます（例：12.5）。", "The hours may have at most one decimal (e.g. 12.5).")));
        }

        return errors.Count == before ? new StopWorkItem(task, reason, decimal.Round(hours!.Value, 1)) : null;
    }

    private static TeamInitiative? CheckInitiative(InitiativeInput row, int i, List<FieldError> errors)
    {
        var before = errors.Count;
        var title = Required(row.Title, $"initiatives[{i}].title", EntryRules.MaxTitle,
            new Text("取組の名称を入力してください。", "Enter the initiative's title."), new Text("取組の名称", "The title"), errors);
        var description = Required(row.Description, $"initiatives[{i}].description", EntryRules.MaxDescription,
            new Text("取組の内容を入力してください。", "Describe the initiative."), new Text("取組の内容", "The description"), errors);
        var results = Clean(row.Results);
        if (results.Length > EntryRules.MaxResults)
        {
            errors.Add(new($"initiatives[{i}].results", TooLong(new Text("成果", "The results"), EntryRules.MaxResults, results.Length)));
        }

        return errors.Count == before ? new TeamInitiative(title, description, results) : null;
    }

    private static string Required(string? value, string field, int max, Text missing, Text name, List<FieldError> errors)
    {
        var text = Clean(value);
        if (text.Length == 0)
        {
            errors.Add(new(field, missing));
        }
        else if (text.Length > max)
        {
            errors.Add(new(field, TooLong(name, max, text.Length)));
        }

        return text;
    }

    private static Text TooLong(Text name, int max, int length) =>
        new($"{name.Ja}は{max}文字以内で入力してください（現在{length}文字）。", $"{name.En} must be at most {max} characters (now {length}).");

    /// <summary>Trimmed, with line breaks as "\n" (forms send "\r\n"), so lengths count what people see.</summary>
    private static string Clean(string? value) => (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
