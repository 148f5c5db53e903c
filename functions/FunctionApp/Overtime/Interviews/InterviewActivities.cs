using System.ComponentModel;
using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Scheduling;

namespace Transformation.Overtime.Interviews;

/// <summary>
/// The I/O of an interview flag's workflow. Each step reads the stored flag first: a flag recorded as held ends the workflow
/// (which also heals a lost event); mail keys are made of the month, the person, the round and the recipient, so a retried
/// step sends nothing twice.
/// </summary>
public sealed partial class InterviewActivities(
    InterviewStore store,
    RosterDirectory roster,
    IMailer mailer,
    BusinessCalendar calendar,
    JapanTime japan,
    TimeProvider time,
    IOptions<OvertimeOptions> options,
    IOptions<AppOptions> app,
    ILogger<InterviewActivities> log)
{
    [Function(nameof(OvertimeInterviewNotify))]
    [Description("Tells the person and the health office of an interview flag not yet recorded; returns when to remind them.")]
    public async Task<InterviewStep> OvertimeInterviewNotify([ActivityTrigger] InterviewRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return await StepAsync(run, "flagged", (InterviewMails.PersonSubject, InterviewMails.PersonBody),
            (InterviewMails.OfficeSubject, InterviewMails.OfficeBody));
    }

    [Function(nameof(OvertimeInterviewRemind))]
    [Description("Reminds the person and the health office of an interview flag still not recorded; reports a recorded one.")]
    public async Task<InterviewStep> OvertimeInterviewRemind([ActivityTrigger] InterviewRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return await StepAsync(round.Run, "reminder-" + round.Round.ToString(CultureInfo.InvariantCulture),
            (InterviewMails.PersonReminderSubject, InterviewMails.PersonReminderBody),
            (InterviewMails.OfficeReminderSubject, InterviewMails.OfficeReminderBody));
    }

    private async Task<InterviewStep> StepAsync(InterviewRun run, string message, (Text Subject, Text Body) person, (Text Subject, Text Body) office)
    {
        var next = options.Value.InterviewReminder.After(time.GetUtcNow(), calendar, japan.Zone, options.Value.ActualReminderAt).UtcDateTime;
        var month = InterviewMonths.Parse(run.Month) ?? throw new InvalidOperationException($"'{run.Month}' is not a month.");
        var flag = await store.GetAsync(month, run.StaffId);
        if (flag is null || flag.Held)
        {
            return new InterviewStep(true, next);
        }

        await Task.WhenAll(MailPersonAsync(flag, message, person), MailOfficeAsync(flag, message, office));
        return new InterviewStep(false, next);
    }

    private async Task MailPersonAsync(InterviewFlag flag, string message, (Text Subject, Text Body) mail)
    {
        var member = await roster.GetPersonAsync(flag.StaffId);
        if (member is null)
        {
            LogNotInRoster(flag.MonthKey);
            return;
        }

        var o = options.Value;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["month"] = MonthName(flag.Month, member.Language),
            ["reason"] = InterviewTexts.ReasonOf(flag.Reason, o).In(member.Language),
            ["office"] = o.HealthOfficeName,
            ["officeEmail"] = o.HealthOfficeEmail,
        };
        await mailer.SendAsync(InterviewMails.One(Key(flag, message, flag.StaffId), member.Language, mail.Subject, mail.Body, member.Email,
            member.Name, values), CancellationToken.None);
    }

    private async Task MailOfficeAsync(InterviewFlag flag, string message, (Text Subject, Text Body) mail)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.HealthOfficeEmail))
        {
            LogNoMailbox(flag.MonthKey);
            return;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["month"] = MonthName(flag.Month, Language.Ja),
            ["person"] = flag.Name,
            ["division"] = flag.DivisionName,
            ["reason"] = InterviewTexts.ReasonOf(flag.Reason, o).In(Language.Ja),
            ["page"] = app.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/') + "/overtime/interviews?month=" + flag.MonthKey,
        };
        await mailer.SendAsync(InterviewMails.One(Key(flag, message, "health-office"), Language.Ja, mail.Subject, mail.Body, o.HealthOfficeEmail,
            o.HealthOfficeName, values), CancellationToken.None);
    }

    private static string MonthName(DateOnly month, Language language) =>
        language == Language.En ? month.ToString("MMMM yyyy", CultureInfo.InvariantCulture) : $"{month.Year}年{month.Month}月";

    private static string Key(InterviewFlag flag, string message, string recipient) =>
        $"overtime-interview:{flag.MonthKey}:{flag.StaffId}:{message}:{recipient}";

    // The logs name the month only: who is flagged for a health interview is for the health office, not for telemetry.
    [LoggerMessage(Level = LogLevel.Warning, Message = "An interview flag of {Month}: the person is not in the current roster; not mailed")]
    private partial void LogNotInRoster(string month);

    [LoggerMessage(Level = LogLevel.Error, Message = "An interview flag of {Month}: no health office mailbox (Overtime:HealthOfficeEmail) to tell")]
    private partial void LogNoMailbox(string month);
}
