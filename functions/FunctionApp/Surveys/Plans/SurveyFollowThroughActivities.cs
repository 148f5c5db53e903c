using System.ComponentModel;
using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Scheduling;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Feedback;
using Transformation.Surveys.Results.Storage;

namespace Transformation.Surveys.Plans;

/// <summary>
/// The I/O of the follow-through. Every step reads the plans as they are now, and every mail has a key of
/// its own (cycle, step, recipient), so a retried activity sends nothing twice.
/// </summary>
public sealed partial class SurveyFollowThroughActivities(
    ImprovementPlanStore store,
    SurveyResultsStore results,
    QuestionnaireSource questionnaire,
    RosterDirectory roster,
    PlanCoordinators coordinators,
    IMailer mailer,
    BusinessCalendar calendar,
    JapanTime japanTime,
    TimeProvider time,
    IOptions<SurveyPlanOptions> options,
    IOptions<AppOptions> app,
    ILogger<SurveyFollowThroughActivities> log)
{
    [Function(nameof(SurveyFollowThroughDeliver))]
    [Description("Fixes the plan deadline, reminders and mid-term date of a cycle, and sends every division head their feedback sheet "
        + "(or, for a suppressed division, why it is hidden and the bureau's sheet or the ministry's results) with the plan form.")]
    public async Task<FollowThroughSchedule> SurveyFollowThroughDeliver([ActivityTrigger] SurveyFollowThroughInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var published = await results.LoadAsync(input.CycleId)
            ?? throw new InvalidOperationException($"No results are stored for cycle {input.CycleId}.");
        var schedule = await store.KeepScheduleAsync(
            FollowThroughClock.Plan(input.CycleId, input.RosterSnapshotId, time.GetUtcNow(), options.Value, calendar, japanTime.Zone));
        var index = await roster.GetIndexAsync(schedule.SnapshotId);
        var shown = FeedbackSheetBuilder.BuildAll(published, questionnaire.Current).Select(s => s.Group).ToHashSet();
        var sent = 0;
        foreach (var group in published.Divisions)
        {
            if (HeadOf(index, group) is not { } head)
            {
                continue;
            }

            var values = Values(schedule, group, head.Language);
            if (shown.Contains(group.Key))
            {
                values["sheet"] = PlanLinks.Sheet(Base, schedule.CycleId, "division", group.Key.Code);
                await SendAsync(Key(schedule.CycleId, "sheet", group.Key.Code), head, SurveyPlanMails.SheetSubject, SurveyPlanMails.SheetBody,
                    values);
            }
            else
            {
                // The head may open their bureau's sheet while their own division is hidden (ResultsAccess); with the
                // bureau hidden as well, the ministry's results, which all staff read.
                var bureau = group.Parent is { } parent && shown.Contains(parent) ? parent : (GroupKey?)null;
                values["reason"] = SurveyPlanMails.Reason(group.HiddenBecause).In(head.Language);
                values["minimum"] = published.MinGroupForScores.ToString(CultureInfo.InvariantCulture);
                values["reference"] = (bureau is null ? SurveyPlanMails.MinistryReference : SurveyPlanMails.BureauReference).In(head.Language);
                values["sheet"] = bureau is null
                    ? PlanLinks.Results(Base, schedule.CycleId)
                    : PlanLinks.Sheet(Base, schedule.CycleId, "bureau", bureau.Value.Code);
                await SendAsync(Key(schedule.CycleId, "sheet", group.Key.Code), head, SurveyPlanMails.SuppressedSubject,
                    SurveyPlanMails.SuppressedBody, values);
            }

            sent++;
        }

        LogDelivered(schedule.CycleId, sent, schedule.Deadline);
        return schedule;
    }

    [Function(nameof(SurveyFollowThroughRemind))]
    [Description("Reminds every division head whose improvement plan is not submitted yet of the deadline.")]
    public async Task<int> SurveyFollowThroughRemind([ActivityTrigger] ReminderRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (schedule, published, index, plans) = await LoadAsync(run.CycleId);
        var reminded = 0;
        foreach (var group in published.Divisions.Where(g => plans.GetValueOrDefault(g.Key.Code) is not { Submitted: true }))
        {
            if (HeadOf(index, group) is { } head)
            {
                await SendAsync(Key(run.CycleId, $"remind{run.Number}", group.Key.Code), head, SurveyPlanMails.ReminderSubject,
                    SurveyPlanMails.ReminderBody, Values(schedule, group, head.Language));
                reminded++;
            }
        }

        LogReminded(run.CycleId, run.Number, reminded);
        return reminded;
    }

    [Function(nameof(SurveyFollowThroughEscalate))]
    [Description("At the plan deadline, tells each bureau's coordinators which of their divisions have not submitted a plan.")]
    public async Task<int> SurveyFollowThroughEscalate([ActivityTrigger] string cycleId)
    {
        var (schedule, published, index, plans) = await LoadAsync(cycleId);
        var overdue = published.Divisions.Where(g => plans.GetValueOrDefault(g.Key.Code) is not { Submitted: true }).ToList();
        foreach (var bureau in overdue.GroupBy(g => index.Division(g.Key.Code)?.Division.BureauCode ?? g.Parent?.Code ?? ""))
        {
            foreach (var coordinator in coordinators.For(bureau.Key, index))
            {
                var language = coordinator.Language;
                var values = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["bureau"] = index.Bureau(bureau.Key)?.Name ?? bureau.Key,
                    ["deadline"] = DisplayDates.Format(japanTime.ToLocal(schedule.Deadline), language),
                    ["divisions"] = string.Join("\n", bureau.Select(g =>
                        $"- {g.Name}（{HeadOf(index, g)?.Name ?? "-"}）: {PlanLinks.Plan(Base, cycleId, g.Key.Code)}")),
                    ["list"] = PlanLinks.Plans(Base, cycleId),
                };
                await SendAsync(Key(cycleId, "escalate", $"{bureau.Key}:{coordinator.StaffId}"), coordinator, SurveyPlanMails.EscalationSubject,
                    SurveyPlanMails.EscalationBody, values);
            }
        }

        LogOverdue(cycleId, overdue.Count);
        return overdue.Count;
    }

    [Function(nameof(SurveyFollowThroughAskProgress))]
    [Description("At mid-term, asks the head of every division with a plan to report progress on each action.")]
    public async Task<int> SurveyFollowThroughAskProgress([ActivityTrigger] string cycleId)
    {
        var (schedule, published, index, plans) = await LoadAsync(cycleId);
        var asked = 0;
        foreach (var group in published.Divisions.Where(g => plans.ContainsKey(g.Key.Code)))
        {
            if (HeadOf(index, group) is { } head)
            {
                await SendAsync(Key(cycleId, "progress", group.Key.Code), head, SurveyPlanMails.ProgressSubject, SurveyPlanMails.ProgressBody,
                    Values(schedule, group, head.Language));
                asked++;
            }
        }

        LogAsked(cycleId, asked);
        return asked;
    }

    private Uri Base => app.Value.PublicBaseUrl ?? throw new InvalidOperationException("Setting App:PublicBaseUrl is missing.");

    private async Task<(FollowThroughSchedule Schedule, SurveyResults Results, RosterIndex Roster, Dictionary<string,
        ImprovementPlan> Plans)> LoadAsync(string cycleId)
    {
        var schedule = await store.GetScheduleAsync(cycleId)
            ?? throw new InvalidOperationException($"The follow-through of cycle {cycleId} has no schedule.");
        var published = await results.LoadAsync(cycleId) ?? throw new InvalidOperationException($"No results are stored for cycle {cycleId}.");
        var index = await roster.GetIndexAsync(schedule.SnapshotId);
        var plans = (await store.ListAsync(cycleId)).ToDictionary(p => p.DivisionCode, StringComparer.Ordinal);
        return (schedule, published, index, plans);
    }

    private StaffMember? HeadOf(RosterIndex index, GroupResult group)
    {
        var head = index.Division(group.Key.Code)?.Head;
        if (head is null)
        {
            LogNoHead(group.Key.Code);
        }

        return head;
    }

    private Dictionary<string, string> Values(FollowThroughSchedule schedule, GroupResult group, Language language) => new(StringComparer.Ordinal)
    {
        ["cycle"] = schedule.CycleId,
        ["division"] = group.Name,
        ["deadline"] = DisplayDates.Format(japanTime.ToLocal(schedule.Deadline), language),
        ["plan"] = PlanLinks.Plan(Base, schedule.CycleId, group.Key.Code),
    };

    private async Task SendAsync(string key, StaffMember to, Text subject, Text body, IReadOnlyDictionary<string, string> values) =>
        await mailer.SendAsync(SurveyPlanMails.One(key, to.Language, subject, body, to.Email, to.Name, values), CancellationToken.None);

    private static string Key(string cycleId, string step, string recipient) => $"surveyplans:{cycleId}:{step}:{recipient}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {CycleId}: sheets sent to {Count} division heads; plans due {Deadline:O}")]
    private partial void LogDelivered(string cycleId, int count, DateTimeOffset deadline);

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {CycleId}: reminder {Number} sent to {Count} division heads")]
    private partial void LogReminded(string cycleId, int number, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {CycleId}: {Count} plans overdue at the deadline")]
    private partial void LogOverdue(string cycleId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {CycleId}: {Count} division heads asked for mid-term progress")]
    private partial void LogAsked(string cycleId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Division {DivisionCode} of the results is not in the roster snapshot; nobody to mail")]
    private partial void LogNoHead(string divisionCode);
}
