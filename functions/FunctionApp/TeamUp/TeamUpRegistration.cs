using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Scheduling;
using Transformation.TeamUp.Entries;
using Transformation.TeamUp.Judging;
using Transformation.TeamUp.Seasons;
using Transformation.TeamUp.Workflow;

namespace Transformation.TeamUp;

public static class TeamUpRegistration
{
    public static IServiceCollection AddTeamUp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamUpOptions>()
            .Bind(configuration.GetSection(TeamUpOptions.Section))
            .Validate(o => o.OpenMonth is >= 1 and <= 12, "Setting TeamUp:OpenMonth must be a month, 1 to 12 (6 = June).")
            .Validate(o => o.OpenBusinessDay is >= 1 and <= 15,
                "Setting TeamUp:OpenBusinessDay must be 1 to 15 (1 = the first business day of the month).")
            .Validate(o => Deadline.IsLongerThanZero(o.EntryPeriod), Period("EntryPeriod"))
            .Validate(o => o.RecheckEvery >= TimeSpan.FromSeconds(1),
                "Setting TeamUp:RecheckEvery must be a time span of at least a second (e.g. 06:00:00).")
            .Validate(o => Deadline.IsLongerThanZero(o.JudgingPeriod), Period("JudgingPeriod"))
            .Validate(o => TimeOfDay.TryParse(o.DeadlineTime, out _), TimeOfDay.SettingMessage("TeamUp:DeadlineTime"))
            .Validate(o => o.EntryRemindBefore.All(r => Deadline.TryParse(r, out _)), List("EntryRemindBefore"))
            .Validate(o => o.JudgingRemindBefore.All(r => Deadline.TryParse(r, out _)), List("JudgingRemindBefore"))
            .Validate(o => o.ClosedDays.All(BusinessCalendar.IsMonthDay), "Setting TeamUp:ClosedDays must list days as MM-dd (e.g. \"12-29\").")
            .Validate(o => o.Rubric.Count > 0 && o.Rubric.All(c => c.Id.Length > 0 && c.Weight > 0 && c.Ja.Length > 0 && c.En.Length > 0)
                    && o.Rubric.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() == o.Rubric.Count
                    && Math.Abs(o.Rubric.Sum(c => c.Weight) - 1) < 1e-9,
                "Setting TeamUp:Rubric must list criteria with a unique Id, a Weight above 0, Ja and En names, and the weights must add up to 1.")
            .Validate(o => o.Awards.Count > 0 && o.Awards.All(a => a.Id.Length > 0 && a.Count >= 1 && a.Ja.Length > 0 && a.En.Length > 0),
                "Setting TeamUp:Awards must list awards, best first, each with an Id, a Count of 1 or more, and Ja and En names.")
            .Validate(o => o.HrMailbox.Contains('@', StringComparison.Ordinal),
                "Setting TeamUp:HrMailbox must be HR's mailbox address (told when the ranking waits for confirmation).")
            .Validate(o => o.ChunkSize is >= 1 and <= 1000, "Setting TeamUp:ChunkSize must be 1 to 1000 (staff per announcement activity).")
            .ValidateOnStart();
        services.AddSingleton<SeasonStore>();
        services.AddSingleton<EntryStore>();
        services.AddTeamUpEntries();
        services.AddTeamUpJudging();
        services.AddTeamUpWorkflow();
        return services;
    }

    private static string Period(string key) =>
        $"Setting TeamUp:{key} is missing or not a duration longer than zero: "
        + "write \"20 business days\", \"14 days\" or a time span such as \"00:01:30\".";

    private static string List(string key) =>
        $"Setting TeamUp:{key} must list durations before the deadline, e.g. [\"7 days\", \"2 days\"] or time spans.";
}
