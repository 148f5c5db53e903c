using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Transformation.ThreeSixty.Rating;

namespace Transformation.ThreeSixty.Reports;

public static class ThreeSixtyReportsRegistration
{
    public static IServiceCollection AddThreeSixtyReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ThreeSixtyReportOptions>()
            .Bind(configuration.GetSection(ThreeSixtyReportOptions.Section))
            .Validate(o => o.MinGroupSize >= ThreeSixtyReportOptions.AbsoluteMinimum,
                $"Setting {ThreeSixtyReportOptions.Section}:MinGroupSize must be at least {ThreeSixtyReportOptions.AbsoluteMinimum}.")
            .Validate(o => o.MinNormSubjects >= ThreeSixtyReportOptions.AbsoluteMinimum,
                $"Setting {ThreeSixtyReportOptions.Section}:MinNormSubjects must be at least {ThreeSixtyReportOptions.AbsoluteMinimum}.")
            .Validate(o => o.GapThreshold > 0 && o.GapThreshold < 4,
                $"Setting {ThreeSixtyReportOptions.Section}:GapThreshold must be above 0 and below 4 (e.g. 0.5).")
            .Validate(o => o.CoachingUrl is null || (o.CoachingUrl.IsAbsoluteUri && o.CoachingUrl.Scheme is "https" or "http"),
                $"Setting {ThreeSixtyReportOptions.Section}:CoachingUrl must be an absolute http(s) address.")
            .Validate(BandsAreValid,
                $"Setting {ThreeSixtyReportOptions.Section}:Bands: every band needs an id (letters, digits, hyphens), "
                + "Japanese and English names and at least one grade, and no grade may be in two bands.")
            .ValidateOnStart();
        // The rating part registers its answers; TryAdd keeps one registration whichever part registers first.
        services.TryAddSingleton<RatingAnswers>();
        services.AddSingleton<IReleasedAnswers, RatingAnswersSource>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<ReportPublisher>();
        services.AddSingleton<ReportMails>();
        return services;
    }

    private static bool BandsAreValid(ThreeSixtyReportOptions options)
    {
        var bands = options.EffectiveBands();
        var grades = bands.SelectMany(b => b.Grades).ToList();
        return bands.All(b => b.Id.Length > 0 && b.Id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                && b.Name.Ja.Length > 0 && b.Name.En.Length > 0 && b.Grades.Count > 0)
            && grades.Distinct(StringComparer.Ordinal).Count() == grades.Count
            && bands.Select(b => b.Id).Distinct(StringComparer.Ordinal).Count() == bands.Count;
    }
}
