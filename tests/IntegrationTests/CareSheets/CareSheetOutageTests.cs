using System.Net;
using Transformation.Tests.Mail;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;
using Transformation.Tests.Support.Mail;

namespace Transformation.Tests.CareSheets;

/// <summary>
/// A sheet submitted while SendGrid (a local recorder playing it) is down: 503 for two minutes, then 429 with
/// X-RateLimit-Reset, then accepting. The outage begins before the employee submits.
/// </summary>
public sealed class CareSheetOutageTests : IAsyncLifetime
{
    private readonly ProviderOutage _outage = new(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(8));
    private RecordingHttpServer _sendGrid = null!;
    private CareSheetHarness _sheets = null!;

    public async Task InitializeAsync()
    {
        _sendGrid = await RecordingHttpServer.StartAsync();
        _outage.On(_sendGrid);
        _sheets = new CareSheetHarness(await LocalHostProcess.StartAsync(FaultSettings.SendGrid(_sendGrid, new Dictionary<string, string>
        {
            ["CareSheets__HrEmail"] = CareSheetHostFixture.HrEmail,
        })));
        await _sheets.ImportRosterAsync();
    }

    public async Task DisposeAsync()
    {
        await _sheets.Host.DisposeAsync();
        await _sendGrid.DisposeAsync();
    }

    [Fact]
    public async Task A_sheet_submitted_during_an_outage_reaches_its_approver_once_with_a_working_link_and_its_outcome_once()
    {
        var approver = CareSheetHarness.EmailOf("E11");
        var employee = CareSheetHarness.EmailOf("E12");
        _outage.Begin();
        var id = await _sheets.SubmitAsync("E12");
        Assert.Equal("pending", (await _sheets.SheetAsync(id)).GetProperty("state").GetString());

        var received = await FaultSettings.WaitForAsync(_outage, r => r.Any(m => m.Email == approver), _sheets.Host,
            () => $"The approver was never mailed; SendGrid refused {_outage.Refused} requests.");
        Assert.True(_outage.Refused >= 2, "The outage refused nothing: the test did not test it.");
        var request = Assert.Single(received, m => m.Email == approver);
        Assert.Contains("承認依頼", request.Subject, StringComparison.Ordinal);
        Assert.True(request.At >= _outage.EndsAt, "The request went out while SendGrid was refusing everything.");
        var link = Assert.Single(request.ActionLinks);

        LinkAnswer decided;
        try
        {
            decided = await _sheets.DecideByLinkAsync(link, "approve", "問題ありません。");
        }
        catch (TaskCanceledException e)
        {
            throw new TimeoutException($"The decision through the link got no answer.{Environment.NewLine}{_sheets.Host.Output}", e);
        }

        Assert.Equal(HttpStatusCode.OK, decided.Status);
        await _sheets.WaitForStateAsync(id, "approved");
        received = await FaultSettings.WaitForAsync(_outage, r => r.Any(m => m.Email == employee) && r.Any(m => m.Email == CareSheetHostFixture.HrEmail),
            _sheets.Host, () => "The outcome was not mailed to the employee and HR.");

        // Time for a second copy of anything, had a retry sent one.
        await Task.Delay(TimeSpan.FromSeconds(10));
        received = _outage.Received();
        Assert.Single(received, m => m.Email == approver);
        var outcome = Assert.Single(received, m => m.Email == employee);
        Assert.Contains("承認されました", outcome.Subject, StringComparison.Ordinal);
        Assert.Single(received, m => m.Email == CareSheetHostFixture.HrEmail);
        Assert.Equal(3, received.Count);

        // The one link mailed was the one that worked: it is used up now.
        Assert.Equal(HttpStatusCode.Gone, (await _sheets.OpenLinkAsync(link)).Status);
    }
}
