using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.Surveys.Workflow;

/// <summary>HR's page for the year's cycle: launch it, see where it stands and how many answered, extend or close it.</summary>
public sealed class SurveyCyclePageFunctions(
    SurveyCycleLauncher launcher, SurveyCycleConsole console, FormProtection forms, JapanTime japan, TimeProvider time, CallerLanguage languages)
{
    private const string Path = "/survey-cycles";

    [Function("SurveyCyclePage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: this year's and last year's survey cycles (stage, deadline, answers so far) with launch, extend and close.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "survey-cycles")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var notice = request.Query["done"].ToString() switch
        {
            "launched" => SurveyCycleTexts.Launched,
            "extended" => SurveyCycleTexts.Extended,
            "closed" => SurveyCycleTexts.Closed,
            _ => null,
        };
        return await PageAsync(request, client, language, notice, null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("SurveyCycleLaunchPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: launch this year's survey cycle (CSRF-checked); started once, a second press shows the running cycle.")]
    public async Task<IActionResult> Launch(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "survey-cycles")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        await launcher.LaunchAsync(client, launcher.Today.Year, Caller.Required(request).StaffId, cancellationToken);
        return Done(request, language, "launched");
    }

    [Function("SurveyCycleExtendPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: extend an open cycle to a later date and time, Japan time (CSRF-checked); 400 page when not later, 409 when not open.")]
    public async Task<IActionResult> Extend(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "survey-cycles/{cycleId}/extend")] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (ClosingInstant(form["date"].ToString(), form["time"].ToString()) is not { } closesAt || closesAt <= time.GetUtcNow())
        {
            return await PageAsync(request, client, language, null, SurveyCycleTexts.BadDate, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var signal = new CycleSignal(CycleSignalKind.Extend, closesAt.UtcDateTime);
        return await SignalAsync(request, client, language, cycleId, signal, "extended", cancellationToken);
    }

    [Function("SurveyCycleClosePage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: close an open cycle now, after ticking the confirmation (CSRF-checked); 409 page when not open.")]
    public async Task<IActionResult> Close(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "survey-cycles/{cycleId}/close")] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form["confirm"].ToString() != "yes")
        {
            return await PageAsync(request, client, language, null, SurveyCycleTexts.ConfirmNeeded, StatusCodes.Status400BadRequest, cancellationToken);
        }

        return await SignalAsync(request, client, language, cycleId, new CycleSignal(CycleSignalKind.Close, null), "closed", cancellationToken);
    }

    private async Task<IActionResult> SignalAsync(
        HttpRequest request, DurableTaskClient client, Language language, string cycleId, CycleSignal signal, string done, CancellationToken cancellationToken) =>
        await SurveyCycleConsole.SignalAsync(client, cycleId, signal, cancellationToken) switch
        {
            CycleSignalOutcome.Unknown => PageResults.Error(request, language, StatusCodes.Status404NotFound),
            CycleSignalOutcome.NotOpen => await PageAsync(request, client, language, null, SurveyCycleTexts.NotOpen, StatusCodes.Status409Conflict, cancellationToken),
            _ => Done(request, language, done),
        };

    private async Task<IActionResult> PageAsync(
        HttpRequest request, DurableTaskClient client, Language language, Text? notice, Text? problem, int status, CancellationToken cancellationToken)
    {
        var year = launcher.Today.Year;
        var cards = new List<SurveyCycleCard>();
        foreach (var id in new[] { year, year - 1 }.Select(y => y.ToString(CultureInfo.InvariantCulture)))
        {
            if (await console.ViewAsync(client, id, cancellationToken) is { } cycle)
            {
                cards.Add(Card(cycle));
            }
        }

        var launchable = cards.Any(c => c.Cycle.CycleId == year.ToString(CultureInfo.InvariantCulture)) ? (int?)null : year;
        var view = new SurveyCyclePageView(cards, launchable, forms.Field(request.HttpContext), notice, problem);
        return PageResults.Component<SurveyCyclePage>(request, language, SurveyCycleTexts.Title,
            new Dictionary<string, object?> { [nameof(SurveyCyclePage.View)] = view }, status);
    }

    private SurveyCycleCard Card(CycleView cycle)
    {
        Text? Local(DateTimeOffset? at) => at is { } instant ? DisplayDates.Both(japan.ToLocal(instant)) : null;
        var open = cycle.Phase == CyclePhases.Answering && cycle.ClosedAt is null;
        var suggested = japan.DateOf((cycle.ClosesAt ?? time.GetUtcNow()).AddDays(7));
        return new SurveyCycleCard(cycle, Local(cycle.ClosesAt), Local(cycle.ClosedAt), Local(cycle.PlansDueAt), open,
            suggested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private DateTimeOffset? ClosingInstant(string date, string clock)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeOnly.TryParseExact(clock, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return null;
        }

        var local = day.ToDateTime(at);
        return new DateTimeOffset(local, japan.Zone.GetUtcOffset(local));
    }

    // Post, redirect, get: a reload does not post again.
    private static StatusCodeResult Done(HttpRequest request, Language language, string done) =>
        PageResults.SeeOther(request, PageLinks.InLanguage($"{Path}?done={done}", language));
}
