using System.ComponentModel;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.Requests;
using Transformation.Platform.Durable;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Scheduling;

namespace Transformation.Overtime.Summaries;

/// <summary>The month a run is about ("yyyy-MM"), with the staff ids of one reconciliation step.</summary>
public sealed record SummaryChunk(string Month, IReadOnlyList<string> StaffIds);

/// <summary>
/// Runs daily (OvertimeSummarySchedule, 00:00 UTC = 09:00 in Japan) and, from the first business day of a month in Japan,
/// starts the summary run of the month before once (instance "overtime-summary-yyyy-MM"): on that day normally; on a later
/// day of the month only when the host was down that day or the run failed (a run that exists is not started again).
/// </summary>
public sealed class MonthlySummaryTimer(BusinessCalendar calendar, OvertimeClock clock)
{
    [Function("OvertimeSummaryTimer")]
    public async Task Run([TimerTrigger("%OvertimeSummarySchedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var today = clock.Today;
        if (IsDue(today, calendar))
        {
            await MonthlySummaryOrchestrator.StartAsync(client, SummaryMonth.Previous(today), cancellationToken);
        }
    }

    /// <summary>Whether the previous month's run should exist by <paramref name="day"/>: on or after the month's first business day.</summary>
    public static bool IsDue(DateOnly day, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return day >= calendar.OnOrAfter(new DateOnly(day.Year, day.Month, 1));
    }
}

/// <summary>
/// The month's summary run: first every person's row of the month is checked against their year totals and copied again
/// where a crash left it missing or stale (in steps of <see cref="MonthlySummaryActivities.ChunkSize"/> people, a few at a
/// time), then the heads and HR are mailed a link. Each step can be repeated: copies are absolute, mail is keyed by month.
/// </summary>
public static class MonthlySummaryOrchestrator
{
    private const int StepsAtOnce = 4;

    public static string InstanceId(DateOnly month) => "overtime-summary-" + SummaryMonth.Format(month);

    public static Task<bool> StartAsync(DurableTaskClient client, DateOnly month, CancellationToken cancellationToken) =>
        StartOnce.StartAsync(client, nameof(OvertimeMonthlySummary), SummaryMonth.Format(month), InstanceId(month), cancellationToken);

    [Function(nameof(OvertimeMonthlySummary))]
    public static async Task<string> OvertimeMonthlySummary([OrchestrationTrigger] TaskOrchestrationContext context, string month)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chunks = await context.CallAsync<List<SummaryChunk>>(nameof(MonthlySummaryActivities.OvertimeSummaryPlan), month);
        var repaired = 0;
        foreach (var wave in chunks.Chunk(StepsAtOnce))
        {
            var done = await Task.WhenAll(wave.Select(c => context.CallAsync<int>(nameof(MonthlySummaryActivities.OvertimeSummaryReconcile), c)));
            repaired += done.Sum();
        }

        var mailed = await context.CallAsync<int>(nameof(MonthlySummaryActivities.OvertimeSummaryMail), month);
        return $"repaired: {repaired}; mailed: {mailed}";
    }
}

/// <summary>The steps of the monthly summary run.</summary>
public sealed class MonthlySummaryActivities(
    MonthTotalProjection projection, RosterDirectory roster, IMailer mailer, IOptions<OvertimeOptions> options, IOptions<AppOptions> app)
{
    public const int ChunkSize = 500;
    public const string EnglishVariant = "en";

    [Function(nameof(OvertimeSummaryPlan))]
    [Description("Splits the current roster's staff, by staff id, into the steps that check the month's overtime totals.")]
    public async Task<List<SummaryChunk>> OvertimeSummaryPlan([ActivityTrigger] string month)
    {
        if (await roster.CurrentSnapshotIdAsync() is null)
        {
            return [];
        }

        var index = await roster.GetIndexAsync();
        return [.. index.Staff.Select(s => s.StaffId).Chunk(ChunkSize).Select(ids => new SummaryChunk(month, ids))];
    }

    [Function(nameof(OvertimeSummaryReconcile))]
    [Description("Copies a month's overtime totals again from the year totals for the people of one step whose copy is missing or stale.")]
    public Task<int> OvertimeSummaryReconcile([ActivityTrigger] SummaryChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        return projection.ReconcileAsync(SummaryMonth.Of(chunk.Month), chunk.StaffIds);
    }

    [Function(nameof(OvertimeSummaryMail))]
    [Description("Mails each division head of the current roster, and HR, the link to the month's overtime summary (no figures, no names).")]
    public async Task<int> OvertimeSummaryMail([ActivityTrigger] string month)
    {
        var site = app.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/');
        var name = OvertimeSummaryTexts.MonthName(SummaryMonth.Of(month));
        var sent = 0;
        if (await roster.CurrentSnapshotIdAsync() is not null)
        {
            var index = await roster.GetIndexAsync();
            var heads = index.Divisions.Select(d => index.Division(d.Code)!.Head)
                .Where(h => !string.IsNullOrWhiteSpace(h.Email)).DistinctBy(h => h.StaffId).OrderBy(h => h.StaffId, StringComparer.Ordinal)
                .Select(h => Recipient(h.Email, h.Name, h.Language, $"{site}/overtime/summary?month={month}", name)).ToList();
            foreach (var (chunk, i) in heads.Chunk(MailBatch.MaxRecipientsPerActivity).Select((c, i) => (c, i)))
            {
                var batch = Batch($"overtime-summary:{month}:heads:{i}", OvertimeSummaryTexts.HeadMailBody, chunk);
                await mailer.SendAsync(batch, CancellationToken.None);
                sent += chunk.Length;
            }
        }

        if (options.Value.HrEmail is { Length: > 0 } hr)
        {
            var recipient = Recipient(hr, options.Value.HrName, Language.Ja, $"{site}/overtime/summary/ministry?month={month}", name);
            await mailer.SendAsync(Batch($"overtime-summary:{month}:hr", OvertimeSummaryTexts.HrMailBody, [recipient]), CancellationToken.None);
            sent++;
        }

        return sent;
    }

    private static MailRecipient Recipient(string email, string name, Language language, string path, Text month) =>
        new(email, name, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["link"] = language == Language.En ? path + "&lang=en" : path,
            ["month"] = month.In(language),
        })
        {
            Variant = language == Language.En ? EnglishVariant : null,
        };

    private static MailBatch Batch(string key, Text body, IReadOnlyList<MailRecipient> recipients)
    {
        var ja = Content(body, Language.Ja);
        return new MailBatch(key, ja.Subject, ja.TextBody, ja.HtmlBody, recipients)
        {
            Variants = new Dictionary<string, MailContent>(StringComparer.Ordinal) { [EnglishVariant] = Content(body, Language.En) },
        };
    }

    private static MailContent Content(Text body, Language language)
    {
        var text = body.In(language);
        return new MailContent(OvertimeSummaryTexts.HeadMailSubject.In(language), text, MailHtml.FromText(text, "link"));
    }
}
