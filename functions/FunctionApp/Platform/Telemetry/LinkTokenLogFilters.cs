using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Transformation.Platform.Telemetry;

/// <summary>
/// Log categories that write the request's address (which, on a link's first visit, holds its token) are held
/// at a fixed minimum for every logging provider, whatever the configuration says (Logging:LogLevel:Default
/// = Debug, a provider's own LogLevel section, or the category named explicitly). Applied after all other
/// filter configuration, and again when it reloads, so no setting can lower them.
/// </summary>
public static class LinkTokenLogFilters
{
    /// <summary>Category prefix → the lowest level that may be written.</summary>
    public static IReadOnlyDictionary<string, LogLevel> Minimums { get; } = new Dictionary<string, LogLevel>(StringComparer.Ordinal)
    {
        // "Request starting/finished GET http://…/survey/{token}". None also stops its RequestPath scope: ASP.NET
        // Core opens that scope only when this category is enabled at some level.
        ["Microsoft.AspNetCore.Hosting.Diagnostics"] = LogLevel.None,
        // Debug: "candidate(s) found for the request path '…'".
        ["Microsoft.AspNetCore.Routing"] = LogLevel.Warning,
        // Information: "Executing RedirectResult, redirecting to …" (MVC results and minimal-API results).
        ["Microsoft.AspNetCore.Mvc"] = LogLevel.Warning,
        ["Microsoft.AspNetCore.Http"] = LogLevel.Warning,
        // Debug: a malformed request line is quoted back; HttpLogging writes paths when someone turns it on.
        ["Microsoft.AspNetCore.Server.Kestrel"] = LogLevel.Warning,
        ["Microsoft.AspNetCore.HttpLogging"] = LogLevel.Warning,
        // Information: "Start processing HTTP request GET {uri}" for outgoing calls.
        ["System.Net.Http.HttpClient"] = LogLevel.Warning,
    };

    public static IServiceCollection AddLinkTokenLogFilters(this IServiceCollection services) =>
        services.PostConfigure<LoggerFilterOptions>(Apply);

    /// <summary>
    /// For each category: raises any rule on it (or on a longer name under it) to the minimum, and adds the
    /// minimum for no provider and for every provider a rule names. A logger takes the rule of its provider
    /// with the longest matching category, so whichever rule it takes is at least the minimum.
    /// </summary>
    public static void Apply(LoggerFilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var providers = options.Rules.Select(r => r.ProviderName).Where(p => p is not null).Distinct().ToList();
        for (var i = 0; i < options.Rules.Count; i++)
        {
            var rule = options.Rules[i];
            if (MinimumFor(rule.CategoryName) is { } minimum && (rule.LogLevel ?? LogLevel.Trace) < minimum)
            {
                options.Rules[i] = new LoggerFilterRule(rule.ProviderName, rule.CategoryName, minimum, rule.Filter);
            }
        }

        foreach (var (category, minimum) in Minimums)
        {
            foreach (var provider in providers.Prepend(null))
            {
                options.Rules.Add(new LoggerFilterRule(provider, category, minimum, null));
            }
        }
    }

    /// <summary>The minimum a rule must keep: that of every held category the rule could select (it names the
    /// category or one under it, or its wildcard matches the category with a longer, so preferred, name).</summary>
    private static LogLevel? MinimumFor(string? ruleCategory)
    {
        if (ruleCategory is null)
        {
            return null;
        }

        var named = ruleCategory.Replace("*", "", StringComparison.Ordinal);
        var levels = Minimums.Where(m => named.StartsWith(m.Key, StringComparison.OrdinalIgnoreCase)
                || (ruleCategory.Length > m.Key.Length && WildcardMatches(ruleCategory, m.Key)))
            .Select(m => m.Value).ToList();
        return levels.Count == 0 ? null : levels.Max();
    }

    private static bool WildcardMatches(string pattern, string category)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        return star >= 0
            && category.StartsWith(pattern[..star], StringComparison.OrdinalIgnoreCase)
            && category.EndsWith(pattern[(star + 1)..], StringComparison.OrdinalIgnoreCase);
    }
}
