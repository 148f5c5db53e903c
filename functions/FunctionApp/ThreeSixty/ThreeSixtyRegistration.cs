using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.Platform.Scheduling;
using Transformation.ThreeSixty.Nomination;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty;

public static class ThreeSixtyRegistration
{
    public static IServiceCollection AddThreeSixty(this IServiceCollection services, IConfiguration configuration)
    {
        // The questionnaire file is checked at start-up; every fault is named in the start-up error.
        services.AddOptions<RatingQuestionnaireOptions>()
            .Bind(configuration.GetSection(RatingQuestionnaireOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RatingQuestionnaireOptions>, RatingQuestionnaireValidation>();
        services.AddSingleton<RatingQuestionnaireSource>();
        services.AddRounds(configuration);
        services.AddThreeSixtyNomination(configuration);
        services.AddThreeSixtyRating(configuration);
        services.AddThreeSixtyReports(configuration);
        return services;
    }

    private static IServiceCollection AddRounds(this IServiceCollection services, IConfiguration configuration)
    {
        const string at = "Setting " + RoundOptions.Section;
        services.AddOptions<RoundOptions>()
            .Bind(configuration.GetSection(RoundOptions.Section))
            .Validate(o => o.LaunchMonth is >= 1 and <= 12, $"{at}:LaunchMonth must be a month, 1 to 12.")
            .Validate(o => o.LaunchBusinessDay is >= 1 and <= 15, $"{at}:LaunchBusinessDay must be 1 to 15 (1 = the first business day).")
            .Validate(o => Deadline.IsLongerThanZero(o.NominationPeriod),
                $"{at}:NominationPeriod must be a duration such as \"5 business days\" or \"00:01:30\".")
            .Validate(o => Deadline.IsLongerThanZero(o.RatingPeriod), $"{at}:RatingPeriod must be a duration such as \"14 days\" or \"00:01:30\".")
            .Validate(o => TimeOfDay.TryParse(o.DeadlineTime, out _), TimeOfDay.SettingMessage($"{RoundOptions.Section}:DeadlineTime"))
            .Validate(o => o.ReminderOffsets.All(r => Deadline.TryParse(r, out _)), $"{at}:ReminderOffsets must list durations, e.g. [\"7 days\"].")
            .Validate(o => o.ClosedDays.All(BusinessCalendar.IsMonthDay), $"{at}:ClosedDays must list days as MM-dd (e.g. \"12-29\").")
            .Validate(o => Deadline.TryParse(o.ReleaseGrace, out var d) && d.Unit == DeadlineUnit.Span, $"{at}:ReleaseGrace must be a time span.")
            .Validate(o => o.ChunkSize is >= 1 and <= 1000, $"{at}:ChunkSize must be 1 to 1000 (subjects per report activity).")
            .ValidateOnStart();
        services.AddSingleton<RoundStore>();
        services.AddSingleton<RoundConsole>();
        services.AddSingleton<YearlyRound>();
        services.AddSingleton<YearlyLaunch<YearlyRound>>();
        return services;
    }
}
