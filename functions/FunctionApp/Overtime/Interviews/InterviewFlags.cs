using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Requests;
using Transformation.Platform.Durable;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;

namespace Transformation.Overtime.Interviews;

/// <summary>
/// The doctor's-interview flags (人事院規則10-4): raised when an actual is recorded or imported and the person's counted
/// overtime meets a threshold, each with its reminder workflow; recorded as held by the health office.
/// </summary>
public sealed partial class InterviewFlags(
    OvertimeStore overtime,
    InterviewStore store,
    RosterDirectory roster,
    JapanTime japan,
    TimeProvider time,
    IOptions<OvertimeOptions> options,
    ILogger<InterviewFlags> log)
{
    /// <summary>
    /// After an actual of <paramref name="day"/> was recorded: reads the person's totals of that fiscal year and the one before
    /// (two entities) and flags the day's month, and any later month of the year up to today whose average window it is in,
    /// that meets a threshold. Safe to repeat: a month is flagged once, and its workflow started once. The flags raised or found.
    /// </summary>
    public async Task<IReadOnlyList<InterviewFlag>> CheckAsync(DurableTaskClient client, string staffId, DateOnly day,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var years = await overtime.GetYearsAsync(staffId, day, cancellationToken);
        var year = (years.Current?.Value ?? OvertimeYear.Empty(staffId, years.Year)).Totals;
        var previous = years.Previous?.Value.Totals;
        var today = japan.DateOf(time.GetUtcNow());
        var o = options.Value;
        var flags = new List<InterviewFlag>();
        var first = InterviewMonths.Of(day);
        for (var month = first; month <= first.AddMonths(CapRules.LongestAverageWindow - 1) && years.Year.Contains(month) && month <= today;
             month = month.AddMonths(1))
        {
            if (InterviewRule.Assess(year, previous, month, o.InterviewMonthHours, o.InterviewAverageHours) is { } finding)
            {
                flags.Add(await RaiseAsync(client, staffId, month, finding, cancellationToken));
            }
        }

        return flags;
    }

    public Task<IReadOnlyList<InterviewFlag>> ListAsync(DateOnly month, CancellationToken cancellationToken = default) =>
        store.ListAsync(month, cancellationToken);

    /// <summary>
    /// The health office's record that the interview took place on <paramref name="heldOn"/> (from the month's first day to today).
    /// The record is stored first, then the workflow told; a lost event only delays its end to the next reminder round.
    /// </summary>
    public async Task<InterviewRecordOutcome> RecordHeldAsync(DurableTaskClient client, string month, string staffId, string? heldOn,
        string recordedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (InterviewMonths.Parse(month) is not { } first || !RouteIds.IsPlausible(staffId))
        {
            return InterviewRecordOutcome.NotFound;
        }

        var today = japan.DateOf(time.GetUtcNow());
        if (!DateOnly.TryParseExact(heldOn?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var held) || held < first || held > today)
        {
            return new InterviewRecordOutcome(null, [new FieldError("heldOn", InterviewTexts.HeldOnInvalid)]);
        }

        var flag = await store.RecordHeldAsync(first, staffId, held, recordedBy, time.GetUtcNow(), cancellationToken);
        if (flag is null)
        {
            return InterviewRecordOutcome.NotFound;
        }

        try
        {
            await client.RaiseEventAsync(InterviewRun.InstanceIdOf(flag.MonthKey, staffId), InterviewOrchestrator.HeldEvent, true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The record is stored: the workflow reads it at its next reminder round and ends without mailing.
            LogSignalFailed(e, flag.MonthKey);
        }

        return new InterviewRecordOutcome(flag, []);
    }

    private async Task<InterviewFlag> RaiseAsync(DurableTaskClient client, string staffId, DateOnly month, InterviewFinding finding,
        CancellationToken cancellationToken)
    {
        var person = await roster.GetPersonAsync(staffId, cancellationToken: cancellationToken);
        var flag = await store.AddAsync(new InterviewFlag(month, staffId, person?.Name ?? staffId, person?.DivisionName ?? "", finding.Reason,
            finding.Hours, finding.Months, time.GetUtcNow()), cancellationToken);
        if (!flag.Held)
        {
            // Started on every check of an open flag, not only when it is added: a crash between the two leaves no flag unreminded.
            var run = new InterviewRun(flag.MonthKey, staffId);
            await StartOnce.StartAsync(client, nameof(InterviewOrchestrator.OvertimeInterview), run, run.InstanceId, cancellationToken);
        }

        return flag;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An interview record of {Month} was stored but its workflow could not be told")]
    private partial void LogSignalFailed(Exception e, string month);
}

/// <summary>What recording an interview did: the flag as recorded, or the reasons it was refused; neither when there is no such flag.</summary>
public sealed record InterviewRecordOutcome(InterviewFlag? Flag, IReadOnlyList<FieldError> Errors)
{
    public static readonly InterviewRecordOutcome NotFound = new(null, []);

    public bool IsNotFound => Flag is null && Errors.Count == 0;
}
