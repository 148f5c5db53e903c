using Transformation.Platform.Pages;

namespace Transformation.Tests.Pages;

public sealed class HtmlTests
{
    private const string Script = "<script>alert('x')</script>";

    [Fact]
    public void A_script_in_text_is_shown_as_text_not_run()
    {
        var html = Html.Format($"<p>{Script}</p>").ToString();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("<p>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</p>", html);
    }

    [Fact]
    public void A_value_cannot_break_out_of_a_double_quoted_attribute()
    {
        var hostile = "\" onfocus=\"alert(1)\" x=\"";

        var html = Html.Format($"<input value=\"{hostile}\">").ToString();

        Assert.Equal("<input value=\"&quot; onfocus=&quot;alert(1)&quot; x=&quot;\">", html);
    }

    [Fact]
    public void A_value_cannot_break_out_of_a_single_quoted_attribute()
    {
        var html = Html.Format($"<a title='{"' onclick='alert(1)"}'>x</a>").ToString();

        Assert.DoesNotContain("' onclick", html, StringComparison.Ordinal);
        Assert.Contains("&#x27; onclick=&#x27;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Japanese_stays_readable_while_markup_is_escaped()
    {
        var html = Html.Text("育児シート <承認> & 差戻し").ToString();

        Assert.Equal("育児シート &lt;承認&gt; &amp; 差戻し", html);
    }

    [Fact]
    public void Trusted_fragments_are_composed_without_double_encoding()
    {
        var inner = Html.Format($"<strong>{"A&B"}</strong>");

        var html = Html.Format($"<p>{inner} {"<i>"}</p>").ToString();

        Assert.Equal("<p><strong>A&amp;B</strong> &lt;i&gt;</p>", html);
    }

    [Fact]
    public void Format_strings_apply_with_the_invariant_culture()
    {
        var html = Html.Format($"<td>{1234.5:N1}</td><td>{new DateTime(2026, 11, 20):yyyy-MM-dd}</td>").ToString();

        Assert.Equal("<td>1,234.5</td><td>2026-11-20</td>", html);
    }

    [Fact]
    public void A_null_value_renders_as_nothing()
    {
        string? missing = null;

        Assert.Equal("<p></p>", Html.Format($"<p>{missing}</p>").ToString());
        Assert.Equal("", Html.Text(null).ToString());
    }
}
