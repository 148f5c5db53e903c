using Microsoft.AspNetCore.Mvc;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Sealing;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>A person answers through the pages: save and come back, one submission, closed surveys, bad values.</summary>
public sealed class SurveyPagesTests : IDisposable
{
    private readonly SurveyHarness _survey = new();
    private Microsoft.AspNetCore.Http.HttpRequest? _lastPost;
    private Microsoft.AspNetCore.Http.HttpRequest? _lastOpen;

    public void Dispose() => _survey.Dispose();

    [Fact]
    public async Task Invite_save_come_back_submit_once_and_the_person_leaves_the_non_respondents()
    {
        var staff = new StaffBuilder().People(1, 3);
        var invited = await _survey.Invitations.InviteAsync("2026", staff, DateTimeOffset.UtcNow.AddDays(14));
        var link = invited.Links.Single(l => l.StaffId == "S-0001");
        Assert.Equal(new Uri(SurveyHarness.BaseUrl, "/survey/" + link.Token), link.Url);
        Assert.Equal(3, (await _survey.Invitations.NonRespondentsAsync("2026")).Count);

        // Page 1 (仕事): answer two items and a comment, move on.
        var (page, cookie, field) = await ShowAsync(link.Token);
        Assert.DoesNotContain(link.Token, page, StringComparison.Ordinal);
        Assert.Contains("<strong>1 / 3 仕事</strong>", page, StringComparison.Ordinal);
        Assert.Contains("自分の仕事が組織の目標にどう貢献しているか理解している", page, StringComparison.Ordinal);
        Assert.Contains("ややそう思う", page, StringComparison.Ordinal);
        var next = await PostAsync(cookie, field, "work", "next", ("W01", "4"), ("W02", "5"), ("comment", "会議を減らしてほしい"));
        Assert.Equal(303, SurveyHttp.Status(next));
        Assert.Equal("/survey?c=workplace", Location(next));

        // Save and come back later: the answers are there.
        Assert.Equal(303, SurveyHttp.Status(await PostAsync(cookie, field, "workplace", "save", ("P02", "2"))));
        var (again, _, _) = await ShowAsync(link.Token, "?c=work");
        Assert.Contains("value=\"4\" checked", again, StringComparison.Ordinal);
        Assert.Contains(">会議を減らしてほしい</textarea>", again, StringComparison.Ordinal);
        var (workplace, _, _) = await ShowAsync(link.Token, "?c=workplace&saved=1");
        Assert.Contains("一時保存しました", workplace, StringComparison.Ordinal);
        Assert.Contains("value=\"2\" checked", workplace, StringComparison.Ordinal);

        // Last page: submit.
        var thanks = await PostAsync(cookie, field, "organisation", "submit", ("O01", "3"));
        Assert.Equal(200, SurveyHttp.Status(thanks));
        Assert.Contains("ご回答ありがとうございました", SurveyHttp.Content(thanks), StringComparison.Ordinal);

        var second = await PostAsync(cookie, field, "organisation", "submit", ("O01", "1"));
        Assert.Equal(410, SurveyHttp.Status(second));
        Assert.Contains("既に回答いただいています", SurveyHttp.Content(second), StringComparison.Ordinal);
        Assert.Equal(410, SurveyHttp.Status(await OpenAsync(link.Token)));

        Assert.Equal(["S-0002", "S-0003"], (await _survey.Invitations.NonRespondentsAsync("2026")).Select(p => p.StaffId));
        await _survey.Cycles.CloseAsync("2026");
        Assert.Equal(1, await _survey.Sealer.ReleaseCycleAsync("2026"));
        var response = Assert.Single(await _survey.ResponsesAsync("2026"));
        Assert.Equal(new Dictionary<string, int> { ["W01"] = 4, ["W02"] = 5, ["P02"] = 2, ["O01"] = 3 }, response.Scores);
        Assert.Equal(new Dictionary<string, string> { ["work"] = "会議を減らしてほしい" }, response.Comments);
        Assert.Equal(("100", "1010"), (response.BureauCode, response.DivisionCode));
    }

    [Fact]
    public async Task Out_of_range_values_and_unknown_items_get_a_clear_page_and_nothing_is_stored()
    {
        var link = (await _survey.Invitations.InviteAsync("2026", new StaffBuilder().People(1, 1), DateTimeOffset.UtcNow.AddDays(14))).Links[0];
        var (_, cookie, field) = await ShowAsync(link.Token);
        await PostAsync(cookie, field, "work", "save", ("W01", "2"));

        var bad = await PostAsync(cookie, field, "work", "next", ("W01", "9"), ("X99", "3"), ("W03", "4"));

        Assert.Equal(400, SurveyHttp.Status(bad));
        var html = SurveyHttp.Content(bad);
        Assert.Contains("設問W01の回答は1から5の中から選んでください。", html, StringComparison.Ordinal);
        Assert.Contains("「X99」はこの調査の設問ではありません。", html, StringComparison.Ordinal);
        var (kept, _, _) = await ShowAsync(link.Token);
        Assert.Contains("value=\"2\" checked", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"W03\" value=\"4\" checked", kept, StringComparison.Ordinal);

        var badSubmit = await PostAsync(cookie, field, "organisation", "submit", ("O01", "0"));
        Assert.Equal(400, SurveyHttp.Status(badSubmit));
        Assert.Empty(await _survey.RawAsync(SurveySealer.HoldingTable));
        Assert.Single(await _survey.Invitations.NonRespondentsAsync("2026"));
    }

    [Fact]
    public async Task A_survey_closed_by_HR_or_past_its_deadline_refuses_pages_and_keeps_nothing()
    {
        var links = (await _survey.Invitations.InviteAsync("2026", new StaffBuilder().People(1, 1), DateTimeOffset.UtcNow.AddDays(1))).Links;
        var (_, cookie, field) = await ShowAsync(links[0].Token);
        _survey.Clock.Shift = TimeSpan.FromDays(2);

        var late = await PostAsync(cookie, field, "organisation", "submit", ("O01", "5"));

        Assert.Equal(410, SurveyHttp.Status(late));
        Assert.Contains("回答受付は終了しました", SurveyHttp.Content(late), StringComparison.Ordinal);
        Assert.Empty(await _survey.RawAsync(SurveySealer.HoldingTable));

        _survey.Clock.Shift = TimeSpan.Zero;
        await _survey.Cycles.ExtendAsync("2026", DateTimeOffset.UtcNow.AddDays(7));
        Assert.Equal(303, SurveyHttp.Status(await OpenAsync(links[0].Token)));
        await _survey.Cycles.CloseAsync("2026");

        var closed = await PostAsync(cookie, field, "work", "save", ("W01", "5"));
        Assert.Equal(410, SurveyHttp.Status(closed));
        var shown = await OpenAsync(links[0].Token);
        Assert.Equal(410, SurveyHttp.Status(shown));
        var link = Assert.Single(await _survey.RawAsync(SurveyInvitations.Table), e => e.RowKey.StartsWith(InvitationRows.LinkPrefix, StringComparison.Ordinal));
        Assert.True(string.IsNullOrEmpty(link.GetString("DraftScores")));
    }

    [Fact]
    public async Task An_unknown_or_malformed_link_gets_the_not_found_page()
    {
        foreach (var token in new[] { "2026.00." + new string('A', 43), "nonsense", "2026.zz." + new string('A', 43) })
        {
            var page = await OpenAsync(token);
            Assert.Equal(404, SurveyHttp.Status(page));
            Assert.Contains("リンクが無効です", SurveyHttp.Content(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_page_speaks_the_invited_persons_roster_language()
    {
        var link = (await _survey.Invitations.InviteAsync("2026", new StaffBuilder(Language: Platform.Localization.Language.En).People(1, 1), DateTimeOffset.UtcNow.AddDays(3))).Links[0];

        var (page, _, _) = await ShowAsync(link.Token);

        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("I understand how my work contributes to the organisation&#x27;s goals.", page, StringComparison.Ordinal);
        Assert.Contains("Somewhat agree", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mailed_address_leads_to_a_page_address_without_the_token_keeping_category_and_language()
    {
        var english = new StaffBuilder(Language: Platform.Localization.Language.En).People(1, 1);
        var link = (await _survey.Invitations.InviteAsync("2026", english, DateTimeOffset.UtcNow.AddDays(3))).Links[0];

        var answer = await OpenAsync(link.Token, "?c=workplace");

        Assert.Equal(303, SurveyHttp.Status(answer));
        Assert.Equal("/survey?c=workplace&lang=en", _lastOpen!.HttpContext.Response.Headers.Location.ToString());
        var cookie = _lastOpen.HttpContext.Response.Headers.SetCookie.ToString();
        Assert.Contains("tx_survey=" + link.Token, cookie, StringComparison.Ordinal);
        Assert.Contains("path=/survey;", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_the_cookie_the_page_and_a_post_ask_to_open_the_link_again_and_store_nothing()
    {
        var page = await _survey.Pages.Page(SurveyHttp.Get(_survey.Services, "/survey", "?lang=en"), CancellationToken.None);
        var form = SurveyHttp.Form(_survey.Services, [new("category", "work"), new("W01", "5")], "", "?lang=ja");
        var post = await _survey.Pages.Post(form, CancellationToken.None);

        Assert.Equal(400, SurveyHttp.Status(page));
        Assert.Contains("Please open the link in your email again", SurveyHttp.Content(page), StringComparison.Ordinal);
        Assert.Equal(400, SurveyHttp.Status(post));
        Assert.Contains("メールのリンクから開き直してください", SurveyHttp.Content(post), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_sent_after_another_survey_link_was_opened_is_refused_and_its_answers_are_not_stored()
    {
        var links = (await _survey.Invitations.InviteAsync("2026", new StaffBuilder().People(1, 2), DateTimeOffset.UtcNow.AddDays(3))).Links;
        var (_, cookie, field) = await ShowAsync(links[0].Token);
        var (_, otherCookie, _) = await ShowAsync(links[1].Token);
        var csrf = cookie.Split("; ")[0];

        var answer = await PostAsync($"{csrf}; {otherCookie.Split("; ")[1]}", field, "work", "save", ("W01", "5"));

        Assert.Equal(409, SurveyHttp.Status(answer));
        Assert.Contains("別のリンクが開かれました", SurveyHttp.Content(answer), StringComparison.Ordinal);
        Assert.All(await _survey.RawAsync(SurveyInvitations.Table), e => Assert.True(string.IsNullOrEmpty(e.GetString("DraftScores"))));
    }

    /// <summary>The mailed address: 303 to /survey with the token cookie when usable, else the refusal page.</summary>
    private Task<IActionResult> OpenAsync(string token, string? query = null)
    {
        _lastOpen = SurveyHttp.Get(_survey.Services, "/survey/" + token, query);
        return _survey.Pages.Show(_lastOpen, token, CancellationToken.None);
    }

    /// <summary>Follows the mailed address to the page, as a browser does; the cookies to post with and the form's hidden fields.</summary>
    private async Task<(string Html, string Cookie, (string Csrf, string Link) Field)> ShowAsync(string token, string? query = null)
    {
        Assert.Equal(303, SurveyHttp.Status(await OpenAsync(token, query)));
        var surveyCookie = SurveyHttp.Cookie(_lastOpen!, "tx_survey");
        var request = SurveyHttp.Get(_survey.Services, "/survey", query, surveyCookie);
        var page = await _survey.Pages.Page(request, CancellationToken.None);
        Assert.Equal(200, SurveyHttp.Status(page));
        var (csrf, field, link) = SurveyHttp.Antiforgery(request, page);
        return (SurveyHttp.Content(page), $"{csrf}; {surveyCookie}", (field, link));
    }

    private Task<IActionResult> PostAsync(
        string cookie, (string Csrf, string Link) field, string category, string action, params (string Name, string Value)[] answers)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("__csrf", field.Csrf), new("link", field.Link), new("category", category), new("action", action),
        };
        form.AddRange(answers.Select(a => new KeyValuePair<string, string>(a.Name, a.Value)));
        _lastPost = SurveyHttp.Form(_survey.Services, form, cookie);
        return _survey.Pages.Post(_lastPost, CancellationToken.None);
    }

    private string Location(IActionResult result)
    {
        Assert.IsType<StatusCodeResult>(result);
        return _lastPost!.HttpContext.Response.Headers.Location.ToString();
    }
}
