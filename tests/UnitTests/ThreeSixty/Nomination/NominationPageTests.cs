using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Pages.Components;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Nomination;

namespace Transformation.Tests.ThreeSixty.Nomination;

public sealed class NominationPageTests
{
    private static NominationPageView View(Text? refusal = null, FormState? form = null) => new(
        "2026",
        new Text("2026年12月7日 18:00", "7 December 2026 18:00"),
        3,
        8,
        PeerSource.Nominated,
        [new PeerLine("K2", "Ken Sato", "General Affairs")],
        [],
        refusal,
        [new PeerLine("K2", "Ken Sato", "General Affairs"), new PeerLine("K3", "Aya Mori", "Research")],
        new HashSet<string>(StringComparer.Ordinal) { "K2" },
        form ?? FormState.Empty,
        new CsrfField("__csrf", "token"));

    private static string Render(NominationPageView view, Language language) =>
        ComponentHtml.Render<NominationPage>(new Dictionary<string, object?> { ["Language"] = language, ["View"] = view });

    [Fact]
    public void In_english_the_page_gives_the_deadline_in_english()
    {
        var html = Render(View(), Language.En);

        Assert.Contains("7 December 2026 18:00 (Japan time)", html, StringComparison.Ordinal);
        Assert.Contains("Save my peer list", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_saved_peers_are_ticked_and_the_others_are_not()
    {
        var html = Render(View(), Language.Ja);

        Assert.Contains("value=\"K2\" checked", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"K3\" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_deadline_the_page_says_so_and_offers_no_form()
    {
        var html = Render(View(ThreeSixtyNominationTexts.Closed), Language.En);

        Assert.Contains("The nomination deadline has passed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_entry_is_shown_under_its_field_with_what_was_typed()
    {
        var errors = new[] { new FieldError(NominationRules.Typed, ThreeSixtyNominationTexts.NotInRoster.With("9999999")) };
        var form = new FormState(new Dictionary<string, string?> { [NominationRules.Typed] = "9999999" }, errors);

        var html = Render(View(form: form), Language.En);

        Assert.Contains("id=\"f-others-error\">&quot;9999999&quot; is not in the roster.", html, StringComparison.Ordinal);
        Assert.Contains(">9999999</textarea>", html, StringComparison.Ordinal);
    }
}
