using Microsoft.AspNetCore.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Tests.Pages;

public sealed class LanguageSwitchTests
{
    private static HttpRequest Request(string path, string query)
    {
        var http = new DefaultHttpContext();
        http.Request.Path = path;
        http.Request.QueryString = new QueryString(query);
        return http.Request;
    }

    [Fact]
    public void The_switch_keeps_the_page_and_its_query_and_sets_lang()
    {
        var href = LanguageSwitch.Href(Request("/surveys/2026", "?step=2"), Language.En);

        Assert.Equal("/surveys/2026?step=2&lang=en", href);
    }

    [Fact]
    public void The_switch_replaces_a_lang_already_there()
    {
        var href = LanguageSwitch.Href(Request("/links/abc", "?lang=en"), Language.Ja);

        Assert.Equal("/links/abc?lang=ja", href);
    }

    [Fact]
    public void A_hostile_query_value_stays_escaped_in_the_switch()
    {
        var href = LanguageSwitch.Href(Request("/p", "?q=%22%3E%3Cscript%3E"), Language.En);

        Assert.DoesNotContain("<", href, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", href, StringComparison.Ordinal);
    }
}
