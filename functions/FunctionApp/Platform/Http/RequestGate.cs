using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;

namespace Transformation.Platform.Http;

/// <summary>
/// What the gate refuses: a body above the route's cap (413), an id in the address that cannot exist (404), or an id
/// given as a query parameter that cannot exist (400, naming the parameter).
/// </summary>
public sealed record GateRefusal(int Status, long MaxBytes = 0, string? Parameter = null);

/// <summary>
/// Checks a request before its function runs (the endpoint guard calls it in both hosts, before sign-in): the
/// declared body size against the route's cap, and every route value against <see cref="RouteIds"/>. It also lowers
/// the server's cap to the route's for this request, so a body sent without a length stops at the same size.
/// </summary>
public static class RequestGate
{
    /// <summary>Query parameters that name something stored (?snapshot= look-ups, ?bureau= filters, ?next= cycles).</summary>
    public static readonly IReadOnlyList<string> QueryIds = ["snapshot", "bureau", "next"];

    private static readonly ConcurrentDictionary<MethodInfo, Route> Routes = new();

    public static GateRefusal? Check(HttpContext http, MethodInfo function, HttpLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(limits);
        var route = Routes.GetOrAdd(function, Route.Of);
        var max = route.AcceptsUpload ? limits.MaxUploadBytes : limits.MaxBodyBytes;
        if (http.Request.ContentLength > max)
        {
            return new GateRefusal(StatusCodes.Status413PayloadTooLarge, max);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = max;
        }

        if (route.HasImplausibleValue(http.Request.Path))
        {
            return new GateRefusal(StatusCodes.Status404NotFound);
        }

        var query = http.Request.Query;
        var bad = QueryIds.FirstOrDefault(name =>
            query.TryGetValue(name, out var v) && v.Any(s => !string.IsNullOrEmpty(s) && !RouteIds.IsPlausible(s)));
        return bad is null ? null : new GateRefusal(StatusCodes.Status400BadRequest, Parameter: bad);
    }

    private sealed record Route(TemplateMatcher? Matcher, bool AcceptsUpload)
    {
        public static Route Of(MethodInfo function)
        {
            var template = function.GetParameters()
                .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()?.Route)
                .FirstOrDefault(r => r is not null);
            var matcher = template is null ? null : new TemplateMatcher(TemplateParser.Parse(template.TrimStart('/')), []);
            return new Route(matcher, function.GetCustomAttribute<AcceptsUploadAttribute>() is not null);
        }

        // Matched against the path rather than read from a host's route data, so that both hosts see the same values.
        public bool HasImplausibleValue(PathString path)
        {
            var values = new RouteValueDictionary();
            return Matcher is not null && Matcher.TryMatch(path, values)
                && values.Values.Any(v => v is not null && !RouteIds.IsPlausible(v.ToString()));
        }
    }
}
