using System.Globalization;
using Transformation.Platform.Hosting;

namespace Transformation.Tests.Hosting;

/// <summary>
/// The Functions host in Azure does not rank routes as ASP.NET Core does: between two templates that both match a
/// request it takes the function whose name sorts first, so <c>care-sheets/new</c> could be served by
/// <c>care-sheets/{id}</c> (azure-functions-host issue 9876). The local host ranks them properly and would hide it.
/// So no literal route may be matched by another route's parameter: a constraint on the parameter must refuse it.
/// </summary>
public sealed class RouteShadowingTests
{
    [Fact]
    public void No_route_with_a_literal_segment_is_also_matched_by_another_routes_parameter()
    {
        var routes = FunctionCatalog.App.Http.SelectMany(e => e.HttpMethods.Select(m => (Method: m.ToUpperInvariant(), e.Name, e.Route!))).ToList();

        var shadowed = (from a in routes
                        from b in routes
                        where a.Name != b.Name && a.Method == b.Method && Shadows(b.Item3, a.Item3)
                        select $"{a.Method} {a.Item3} ({a.Name}) is also matched by {b.Item3} ({b.Name})").ToList();

        Assert.Empty(shadowed);
    }

    [Theory]
    [InlineData("care-sheets/{id}", "care-sheets/new", true)]
    [InlineData("care-sheets/{id:length(32)}", "care-sheets/new", false)]
    [InlineData("care-sheets/{id:length(32)}", "care-sheets/{id:length(32)}/edit", false)]
    [InlineData("surveys/{year:int}", "surveys/cycles", false)]
    public void The_check_itself_tells_a_shadowing_parameter_from_a_constrained_one(string general, string literal, bool expected) =>
        Assert.Equal(expected, Shadows(general, literal));

    // Every path the literal route answers is matched by the general one: same length, and at each segment the
    // same literal, or a parameter of the general route whose constraints accept the literal route's segment.
    private static bool Shadows(string general, string specific)
    {
        var g = general.Split('/');
        var s = specific.Split('/');
        if (g.Length != s.Length || general == specific)
        {
            return false;
        }

        var anyParameterTakesALiteral = false;
        for (var i = 0; i < g.Length; i++)
        {
            var gParam = g[i].StartsWith('{');
            var sParam = s[i].StartsWith('{');
            if (!gParam && !sParam && !string.Equals(g[i], s[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (!gParam && sParam)
            {
                return false;
            }

            if (gParam && !sParam)
            {
                if (!Accepts(g[i], s[i]))
                {
                    return false;
                }

                anyParameterTakesALiteral = true;
            }
        }

        return anyParameterTakesALiteral;
    }

    private static bool Accepts(string parameter, string literal)
    {
        var constraints = parameter.Trim('{', '}').Split(':').Skip(1);
        return constraints.Select(c => c.TrimEnd('?')).All(c => c switch
        {
            "maxlength(0)" => literal.Length == 0,
            "int" => int.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            _ when c.StartsWith("length(", StringComparison.Ordinal) =>
                literal.Length == int.Parse(c["length(".Length..^1], CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"Teach this test the route constraint '{c}'."),
        });
    }
}
