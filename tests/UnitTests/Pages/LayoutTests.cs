using Microsoft.AspNetCore.Components;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Tests.Pages;

public sealed class LayoutTests
{
    [Fact]
    public void A_japanese_page_declares_its_language_the_viewport_and_the_programme()
    {
        var page = Layout.Render(Language.Ja, "承認", Body("本文"), "/x?lang=en");

        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ja\">", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", page, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", page, StringComparison.Ordinal);
        Assert.Contains("組織改革", page, StringComparison.Ordinal);
        Assert.Contains("<h1>承認</h1>", page, StringComparison.Ordinal);
        Assert.Contains("@media print", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_switch_offers_the_other_language()
    {
        var ja = Layout.Render(Language.Ja, "t", Body(""), "/x?lang=en");
        var en = Layout.Render(Language.En, "t", Body(""), "/x?lang=ja");

        Assert.Contains("href=\"/x?lang=en\" lang=\"en\" hreflang=\"en\">English</a>", ja, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains("Organisational transformation", en, StringComparison.Ordinal);
        Assert.Contains("href=\"/x?lang=ja\" lang=\"ja\" hreflang=\"ja\">日本語</a>", en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_menu_and_the_programme_link_keep_the_language_the_page_is_in()
    {
        var menu = new List<Transformation.Platform.Pages.Components.MenuLink> { new(SiteMenu.CareSheets, "/care-sheets"), new(SiteMenu.Home, "/") };

        var en = Layout.Render(Language.En, "t", Body(""), "/x?lang=ja", menu);
        var ja = Layout.Render(Language.Ja, "t", Body(""), "/x?lang=en", menu);

        Assert.Contains("<a href=\"/care-sheets?lang=en\">Care sheets</a>", en, StringComparison.Ordinal);
        Assert.Contains("<a class=\"programme\" href=\"/?lang=en\">", en, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/care-sheets?lang=ja\">育児・介護シート</a>", ja, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_title_is_encoded_in_the_title_and_the_heading()
    {
        var page = Layout.Render(Language.Ja, "<script>x</script>", Body(""), "/");

        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;script&gt;x&lt;/script&gt;</h1>", page, StringComparison.Ordinal);
    }

    private static RenderFragment Body(string text) => builder => builder.AddContent(0, text);
}
