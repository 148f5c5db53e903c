using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Pages.Components;

namespace Transformation.Tests.Pages;

/// <summary>Whatever a component shows goes through the page encoder: a value is shown as text, never run, and Japanese stays readable.</summary>
public sealed class ComponentEncodingTests
{
    private const string Script = "<script>alert('x')</script>";

    [Fact]
    public void A_script_in_a_message_is_shown_as_text_not_run()
    {
        var html = Notice(new Text(Script, Script));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p class=\"notice\">&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_cannot_break_out_of_its_attribute()
    {
        var html = ComponentHtml.Render<CsrfInput>(new Dictionary<string, object?>
        {
            [nameof(CsrfInput.Field)] = new CsrfField("__csrf", "\" onfocus=\"alert(1)\" x=\""),
        });

        Assert.Equal("<input type=\"hidden\" name=\"__csrf\" value=\"&quot; onfocus=&quot;alert(1)&quot; x=&quot;\" />", html.Trim());
    }

    [Fact]
    public void Japanese_stays_readable_while_markup_is_escaped()
    {
        var html = Notice(new Text("育児シート <承認> & 差戻し", "x"));

        Assert.Contains("<p class=\"notice\">育児シート &lt;承認&gt; &amp; 差戻し</p>", html, StringComparison.Ordinal);
    }

    private static string Notice(Text message) => ComponentHtml.Render<NoticePage>(new Dictionary<string, object?>
    {
        [nameof(NoticePage.Language)] = Language.Ja,
        [nameof(NoticePage.View)] = new NoticeView(message),
    });
}
