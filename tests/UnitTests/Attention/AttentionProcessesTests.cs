using Transformation.Attention;

namespace Transformation.Tests.Attention;

/// <summary>Which process a failed workflow belongs to, and the page HR is sent to from the attention list.</summary>
public sealed class AttentionProcessesTests
{
    [Theory]
    [InlineData("overtime-1010004-20261201-v2")]
    [InlineData("overtime-summary-2026-11")]
    [InlineData("interview-2026-11-1010004")]
    public void Overtime_workflows_are_watched(string instanceId) =>
        Assert.Equal(AttentionProcesses.Overtime, AttentionProcesses.Of(instanceId));

    [Fact]
    public void A_failed_request_workflow_leads_to_the_days_decision_page()
    {
        var item = Failed("overtime-1010004-20261201-v2");

        Assert.Equal("/overtime/approvals/1010004/2026-12-01", item.Page);
    }

    [Fact]
    public void A_failed_summary_run_leads_to_the_months_ministry_view()
    {
        var item = Failed("overtime-summary-2026-11");

        Assert.Equal("/overtime/summary/ministry?month=2026-11", item.Page);
    }

    [Fact]
    public void A_failed_interview_workflow_leads_HR_nowhere_it_cannot_read()
    {
        var item = Failed("interview-2026-11-1010004");

        Assert.Null(item.Page);
    }

    private static AttentionItem Failed(string instanceId) =>
        new(AttentionKinds.WorkflowFailed, AttentionProcesses.Overtime, instanceId, null, null, DateTimeOffset.UnixEpoch, [],
            [AttentionActionNames.Resume], "Failed");
}
