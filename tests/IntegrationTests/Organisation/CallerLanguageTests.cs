using Microsoft.AspNetCore.Http;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Organisation;

/// <summary>Signed-in pages speak the person's roster language unless they switch.</summary>
public sealed class CallerLanguageTests
{
    [Theory]
    [InlineData("E21", null, null, Language.En)]       // roster says English
    [InlineData("E11", "en-US", null, Language.Ja)]    // roster says Japanese, whatever the browser prefers
    [InlineData("E21", null, "ja", Language.Ja)]       // the language switch wins
    [InlineData("NOBODY", "en", null, Language.En)]    // not in the roster: the browser's language
    [InlineData("NOBODY", null, null, Language.Ja)]    // otherwise Japanese
    public async Task The_page_language_follows_the_roster(string staffId, string? acceptLanguage, string? lang, Language expected)
    {
        var hr = new RosterHarness();
        await hr.ImportAsync(RosterCsvBuilder.SmallOrganisation().Utf8());
        var language = new CallerLanguage(hr.Directory);

        var actual = await language.OfAsync(Request(staffId, acceptLanguage, lang));

        Assert.Equal(expected, actual);
    }

    private static HttpRequest Request(string staffId, string? acceptLanguage, string? lang)
    {
        var http = new DefaultHttpContext();
        Caller.Attach(http, new Caller(staffId, new HashSet<string>(StringComparer.Ordinal) { "employee" }));
        if (acceptLanguage is not null)
        {
            http.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        if (lang is not null)
        {
            http.Request.QueryString = new QueryString("?lang=" + lang);
        }

        return http.Request;
    }
}
