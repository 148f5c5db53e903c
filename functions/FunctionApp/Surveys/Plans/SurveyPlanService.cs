using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Storage;

namespace Transformation.Surveys.Plans;

/// <summary>
/// What the plan API and pages share: finding a plan's scope, who may read and write it, checking and
/// saving content, and the views. A plan is written only by the head of its division (the head in the
/// cycle's roster snapshot, or in the current roster after a change of head); HR and the bureau's
/// coordinators read it.
/// </summary>
public sealed class SurveyPlanService(
    ImprovementPlanStore store,
    SurveyResultsStore results,
    RosterDirectory roster,
    QuestionnaireSource questionnaire,
    PlanCoordinators coordinators,
    JapanTime japanTime,
    TimeProvider time)
{
    public static readonly Text NotStartedText = new("このサイクルのカイゼン策はまだ始まっていないか、課室がありません。",
        "Improvement plans have not started for this cycle, or there is no such division.");

    public ImprovementPlanStore Store => store;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Null when the follow-through of the cycle has not started or the division is not in its roster snapshot.</summary>
    public async Task<PlanScope?> ScopeAsync(string cycleId, string divisionCode, CancellationToken cancellationToken = default)
    {
        var schedule = await store.GetScheduleAsync(cycleId, cancellationToken);
        if (schedule is null)
        {
            return null;
        }

        var index = await roster.GetIndexAsync(schedule.SnapshotId, cancellationToken);
        var division = index.Division(divisionCode);
        if (division is null)
        {
            return null;
        }

        var group = await results.LoadGroupAsync(cycleId, GroupKey.Division(divisionCode), cancellationToken);
        return new PlanScope(schedule, index, division, group);
    }

    public async Task<bool> MayWriteAsync(Caller caller, PlanScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(scope);
        // The head now, by the current roster: a head who moved on no longer writes, their successor does.
        var current = await CurrentRosterAsync(cancellationToken);
        var head = current is null ? scope.Division.Head : current.Division(scope.DivisionCode)?.Head;
        return head?.StaffId == caller.StaffId;
    }

    public async Task<bool> MayReadAsync(Caller caller, PlanScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(scope);
        return caller.IsIn(Roles.HrAdmin)
            || await MayWriteAsync(caller, scope, cancellationToken)
            || await CoordinatesAsync(caller, scope.BureauCode, cancellationToken);
    }

    /// <summary>A bureau coordinator follows their bureau: named in the settings, or placed in that bureau by the current roster.</summary>
    public async Task<bool> CoordinatesAsync(Caller caller, string bureauCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsIn(Roles.BureauCoordinator))
        {
            return false;
        }

        if (coordinators.IsListed(caller.StaffId, bureauCode))
        {
            return true;
        }

        var current = await CurrentRosterAsync(cancellationToken);
        return current?.Person(caller.StaffId)?.BureauCode == bureauCode;
    }

    /// <summary>The bureau a coordinator sees (from the settings first, else the current roster); null for anyone else.</summary>
    public async Task<IReadOnlySet<string>> CoordinatedBureausAsync(Caller caller, RosterIndex snapshot,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(snapshot);
        var bureaus = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bureau in snapshot.Bureaus)
        {
            if (await CoordinatesAsync(caller, bureau.Code, cancellationToken))
            {
                bureaus.Add(bureau.Code);
            }
        }

        return bureaus;
    }

    public PlanRules RulesFor(PlanScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var baseline = scope.Results is { ScoresShown: true } shown
            ? shown.Items.Where(i => i.Mean is not null).ToDictionary(i => i.Id, i => i.Mean!.Value, StringComparer.Ordinal)
            : new Dictionary<string, double>(StringComparer.Ordinal);
        var items = questionnaire.Current.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var earliest = japanTime.DateOf(scope.Schedule.DeliveredAt);
        return new PlanRules(items, baseline, earliest);
    }

    /// <summary>Checks, then writes: nothing is written when anything is wrong.</summary>
    public async Task<(PlanValidation Validation, PlanWrite? Write)> SaveAsync(PlanScope scope, Caller caller, PlanInput input, string? ifMatch,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(caller);
        var validation = PlanValidator.Validate(input, RulesFor(scope));
        if (!validation.IsValid)
        {
            return (validation, null);
        }

        var write = await store.SaveContentAsync(scope.CycleId, scope.DivisionCode, scope.BureauCode, validation.Content!, caller.StaffId, Now,
            ifMatch, cancellationToken);
        return (validation, write);
    }

    public PlanView View(PlanScope scope, ImprovementPlan? plan, Language language)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var targets = plan?.Content.Targets.Select(t => new PlanTargetView(t.ItemId, questionnaire.Item(t.ItemId)?.Statement.In(language) ?? t.ItemId,
            scope.Results is { ScoresShown: true } ? scope.Results.Item(t.ItemId)?.Mean : null, t.Target)).ToList() ?? [];
        var actions = plan?.Content.Actions.Select((a, i) => new PlanActionView(i, a.Description, a.Owner, a.Due, a.Status)).ToList() ?? [];
        return new PlanView(scope.CycleId, scope.DivisionCode, scope.Division.Division.Name, scope.BureauCode, scope.Division.Head.StaffId,
            scope.Results is { ScoresShown: true }, FollowThroughClock.Standing(plan, scope.Schedule, Now), scope.Schedule.Deadline,
            plan?.SubmittedAt, plan?.SubmittedBy, plan?.UpdatedAt, plan?.ETag, targets, actions, plan?.Progress ?? []);
    }

    /// <summary>Every division of the cycle's results (suppressed ones too: they owe a plan as well), optionally only some bureaus.</summary>
    public async Task<PlanStatusList?> StatusAsync(string cycleId, Func<RosterIndex, Task<IReadOnlySet<string>?>> bureauFilter,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bureauFilter);
        var schedule = await store.GetScheduleAsync(cycleId, cancellationToken);
        var published = await results.LoadAsync(cycleId, cancellationToken);
        if (schedule is null || published is null)
        {
            return null;
        }

        var index = await roster.GetIndexAsync(schedule.SnapshotId, cancellationToken);
        var only = await bureauFilter(index);
        var plans = (await store.ListAsync(cycleId, cancellationToken)).ToDictionary(p => p.DivisionCode, StringComparer.Ordinal);
        var now = Now;
        var rows = published.Divisions
            .Select(g => (Group: g, Division: index.Division(g.Key.Code)))
            .Where(d => only is null || only.Contains(d.Division?.Division.BureauCode ?? d.Group.Parent?.Code ?? ""))
            .Select(d =>
            {
                var plan = plans.GetValueOrDefault(d.Group.Key.Code);
                var bureau = d.Division?.Division;
                return new PlanStatusRow(d.Group.Key.Code, d.Group.Name, bureau?.BureauCode ?? d.Group.Parent?.Code ?? "", bureau?.BureauName ?? "",
                    d.Division?.Head.Name, d.Group.ScoresShown, FollowThroughClock.Standing(plan, schedule, now), plan?.SubmittedAt, plan?.UpdatedAt);
            })
            .ToList();
        return new PlanStatusList(cycleId, schedule.Deadline, rows);
    }

    public SurveyQuestionnaire Questionnaire => questionnaire.Current;

    public JapanTime JapanTime => japanTime;

    private async Task<RosterIndex?> CurrentRosterAsync(CancellationToken cancellationToken) =>
        await roster.CurrentSnapshotIdAsync(cancellationToken) is { } id ? await roster.GetIndexAsync(id, cancellationToken) : null;
}
