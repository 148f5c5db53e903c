using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Tests.Pages;

public sealed class PageFormTests
{
    private static readonly Text Comment = new("コメント", "Comment");
    private static readonly Text CommentMissing = new("コメントを入力してください。", "Please enter a comment.");

    [Fact]
    public void Every_input_has_a_label_pointing_at_it()
    {
        var html = new PageForm(Language.Ja).TextInput("comment", Comment, required: true).ToString();

        Assert.Contains("<label for=\"f-comment\">コメント <small>（必須）</small></label>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" id=\"f-comment\" name=\"comment\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void After_an_error_the_message_is_next_to_the_field_in_the_users_language_and_the_value_is_kept()
    {
        var values = new Dictionary<string, string?> { ["comment"] = "\"><script>x</script>", ["note"] = "短い" };
        var errors = new[] { new FieldError("note", CommentMissing) };
        var form = new PageForm(Language.En, values, errors);

        var note = form.TextArea("note", Comment).ToString();
        var comment = form.TextInput("comment", Comment).ToString();

        Assert.Contains(">短い</textarea><p class=\"error\" id=\"f-note-error\">Please enter a comment.</p>", note, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"f-note-error\"", note, StringComparison.Ordinal);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"", comment, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"error\"", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chosen_option_stays_chosen()
    {
        var form = new PageForm(Language.Ja, new Dictionary<string, string?> { ["score"] = "4" });
        var choices = Enumerable.Range(1, 5).Select(i => new Choice($"{i}", new Text($"{i}点", $"{i} points"))).ToList();

        var radios = form.Radios("score", new Text("満足度", "Satisfaction"), choices).ToString();
        var select = form.Select("score", new Text("満足度", "Satisfaction"), choices).ToString();

        Assert.Contains("<legend>満足度</legend>", radios, StringComparison.Ordinal);
        Assert.Contains("value=\"4\" checked> 4点", radios, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(radios, " checked"));
        Assert.Contains("<option value=\"4\" selected>4点</option>", select, StringComparison.Ordinal);
    }

    [Fact]
    public void The_form_posts_with_its_antiforgery_field_and_an_error_summary()
    {
        var form = new PageForm(Language.Ja, null, [new FieldError("comment", CommentMissing)]);

        var html = form.Form(Html.Raw("<input type=\"hidden\" name=\"__csrf\" value=\"t\">"), form.TextInput("comment", Comment), new Text("送信", "Send")).ToString();

        Assert.Contains("<form method=\"post\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__csrf\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#f-comment\">コメントを入力してください。</a>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">送信</button>", html, StringComparison.Ordinal);
    }
}
