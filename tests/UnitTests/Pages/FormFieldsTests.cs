using Microsoft.AspNetCore.Components;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Pages.Components;

namespace Transformation.Tests.Pages;

/// <summary>The form fields every page shares, as components: labels, kept values, errors at their field and in the summary.</summary>
public sealed class FormFieldsTests
{
    private static readonly Text Comment = new("コメント", "Comment");
    private static readonly Text CommentMissing = new("コメントを入力してください。", "Please enter a comment.");
    private static readonly IReadOnlyList<Choice> Scores =
        [.. Enumerable.Range(1, 5).Select(i => new Choice($"{i}", new Text($"{i}点", $"{i} points")))];

    [Fact]
    public void A_required_field_has_a_label_pointing_at_it_that_says_so()
    {
        var html = Render<TextField>(Language.Ja, FormState.Empty, "comment", ("Label", Comment), ("Required", true));

        Assert.Contains("<label for=\"f-comment\">コメント <small>（必須）</small></label>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" id=\"f-comment\" name=\"comment\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void After_an_error_the_message_is_at_its_field_in_the_readers_language_and_what_was_sent_is_kept()
    {
        var form = new FormState(
            new Dictionary<string, string?> { ["comment"] = "\"><script>x</script>", ["note"] = "短い" },
            [new FieldError("note", CommentMissing)]);

        var note = Render<TextAreaField>(Language.En, form, "note", ("Label", Comment));
        var comment = Render<TextField>(Language.En, form, "comment", ("Label", Comment));

        Assert.Matches(">短い</textarea>\\s*<p class=\"error\" id=\"f-note-error\">Please enter a comment.</p>", note);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"f-note-error\"", note, StringComparison.Ordinal);
        Assert.Contains("<label for=\"f-note\">Comment</label>", note, StringComparison.Ordinal);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"", comment, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-invalid", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chosen_option_stays_chosen_and_only_it()
    {
        var form = FormState.Of(new Dictionary<string, string?> { ["score"] = "4" });

        var radios = Render<RadioField>(Language.Ja, form, "score", ("Legend", new Text("満足度", "Satisfaction")), ("Choices", Scores));
        var select = Render<SelectField>(Language.Ja, form, "score", ("Label", new Text("満足度", "Satisfaction")), ("Choices", Scores));

        Assert.Contains("<legend>満足度</legend>", radios, StringComparison.Ordinal);
        Assert.Contains("value=\"4\" checked /> 4点</label>", radios, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(radios, " checked"));
        Assert.Contains("<option value=\"4\" selected>4点</option>", select, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(select, " selected"));
    }

    [Fact]
    public void The_summary_links_every_error_to_its_field_and_is_absent_without_errors()
    {
        var form = new FormState(new Dictionary<string, string?>(), [new FieldError("comment", CommentMissing)]);

        var summary = Render<ErrorSummary>(Language.Ja, form);
        var none = Render<ErrorSummary>(Language.Ja, FormState.Of(new Dictionary<string, string?>()));

        Assert.Contains("<div class=\"summary\" role=\"alert\"><p class=\"error\">入力内容を確認してください</p>", summary, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#f-comment\">コメントを入力してください。</a></li>", summary, StringComparison.Ordinal);
        Assert.Equal("", none.Trim());
    }

    private static string Render<TField>(Language language, FormState form, string? name = null, params (string Name, object Value)[] more)
        where TField : IComponent
    {
        var parameters = new Dictionary<string, object?> { ["Language"] = language, ["Form"] = form };
        if (name is not null)
        {
            parameters["Name"] = name;
        }

        foreach (var (key, value) in more)
        {
            parameters[key] = value;
        }

        return ComponentHtml.Render<TField>(parameters);
    }
}
