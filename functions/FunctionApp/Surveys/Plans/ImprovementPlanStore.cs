using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.Surveys.Plans;

/// <summary>
/// Improvement plans, one entity per division per cycle (partition = cycle, row = division), and the
/// follow-through schedule of each cycle. Every change of a plan is a conditional write on its ETag: a
/// second editor working from an older read gets a conflict instead of silently overwriting.
/// </summary>
public sealed class ImprovementPlanStore(Tables tables)
{
    public const string Table = "SurveyPlans";
    public const string ScheduleTable = "SurveyFollowThrough";
    private const string ScheduleRow = "schedule";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = Platform.Http.ApiJson.Encoder,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public async Task<ImprovementPlan?> GetAsync(string cycleId, string divisionCode, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(cycleId), TableKeys.Encode(divisionCode),
            cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? Read(entity) : null;
    }

    public async Task<IReadOnlyList<ImprovementPlan>> ListAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = TableKeys.Encode(cycleId);
        var plans = new List<ImprovementPlan>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            plans.Add(Read(entity));
        }

        return plans;
    }

    /// <summary>
    /// Writes the content of a plan (creating it as a draft). With <paramref name="ifMatch"/> the write happens
    /// only if the plan is still that version; without, only if it has not changed since this call read it.
    /// Submission and progress are kept.
    /// </summary>
    public async Task<PlanWrite> SaveContentAsync(string cycleId, string divisionCode, string bureauCode, PlanContent content, string by,
        DateTimeOffset now, string? ifMatch, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(cycleId, divisionCode, cancellationToken);
        if (current is null)
        {
            if (ifMatch is not null && ifMatch != "*")
            {
                return new PlanWrite(PlanWriteOutcome.Conflict, null);
            }

            var created = new ImprovementPlan(cycleId, divisionCode, bureauCode, content, null, null, now, by, [], "");
            var table = await tables.GetAsync(Table, cancellationToken);
            try
            {
                var response = await table.AddEntityAsync(Write(created), cancellationToken);
                return new PlanWrite(PlanWriteOutcome.Saved, created with { ETag = response.Headers.ETag?.ToString() ?? "" });
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                return new PlanWrite(PlanWriteOutcome.Conflict, await GetAsync(cycleId, divisionCode, cancellationToken));
            }
        }

        // Without an ETag this is a creation, and the plan exists: someone wrote it since the writer's page was opened.
        return ifMatch is null
            ? new PlanWrite(PlanWriteOutcome.Conflict, current)
            : await ReplaceAsync(current, ifMatch, current with { Content = content, UpdatedAt = now, UpdatedBy = by }, cancellationToken);
    }

    /// <summary>Marks the plan submitted (once: a second submission keeps the first date).</summary>
    public async Task<PlanWrite> SubmitAsync(string cycleId, string divisionCode, string by, DateTimeOffset now, string? ifMatch,
        CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(cycleId, divisionCode, cancellationToken);
        if (current is null)
        {
            return new PlanWrite(PlanWriteOutcome.NotFound, null);
        }

        return current.Submitted && (ifMatch is null || ifMatch == current.ETag)
            ? new PlanWrite(PlanWriteOutcome.Saved, current)
            : await ReplaceAsync(current, ifMatch, current with { SubmittedAt = now, SubmittedBy = by, UpdatedAt = now, UpdatedBy = by },
                cancellationToken);
    }

    /// <summary>Keeps a dated progress report and sets each reported action's status.</summary>
    public async Task<PlanWrite> AddProgressAsync(string cycleId, string divisionCode, ProgressReport report, string? ifMatch,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var current = await GetAsync(cycleId, divisionCode, cancellationToken);
        if (current is null)
        {
            return new PlanWrite(PlanWriteOutcome.NotFound, null);
        }

        var actions = current.Content.Actions.ToList();
        foreach (var progress in report.Actions)
        {
            actions[progress.Action] = actions[progress.Action] with { Status = progress.Status };
        }

        var changed = current with
        {
            Content = current.Content with { Actions = actions },
            Progress = [.. current.Progress, report],
            UpdatedAt = report.ReportedAt,
            UpdatedBy = report.ReportedBy,
        };
        return await ReplaceAsync(current, ifMatch, changed, cancellationToken);
    }

    /// <summary>Stores the schedule unless one exists; answers the one that counts (the first).</summary>
    public async Task<FollowThroughSchedule> KeepScheduleAsync(FollowThroughSchedule schedule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var table = await tables.GetAsync(ScheduleTable, cancellationToken);
        var entity = new TableEntity(TableKeys.Encode(schedule.CycleId), ScheduleRow) { ["Json"] = JsonSerializer.Serialize(schedule, Json) };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return schedule;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await GetScheduleAsync(schedule.CycleId, cancellationToken) ?? schedule;
        }
    }

    public async Task<FollowThroughSchedule?> GetScheduleAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(ScheduleTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(cycleId), ScheduleRow, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? JsonSerializer.Deserialize<FollowThroughSchedule>(entity.GetString("Json")!,
            Json) : null;
    }

    private async Task<PlanWrite> ReplaceAsync(ImprovementPlan current, string? ifMatch, ImprovementPlan changed, CancellationToken cancellationToken)
    {
        if (ifMatch is not null && ifMatch != "*" && ifMatch != current.ETag)
        {
            return new PlanWrite(PlanWriteOutcome.Conflict, current);
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        try
        {
            var response = await table.UpdateEntityAsync(Write(changed), new ETag(current.ETag), TableUpdateMode.Replace, cancellationToken);
            return new PlanWrite(PlanWriteOutcome.Saved, changed with { ETag = response.Headers.ETag?.ToString() ?? "" });
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return new PlanWrite(PlanWriteOutcome.Conflict, await GetAsync(current.CycleId, current.DivisionCode, cancellationToken));
        }
    }

    private static TableEntity Write(ImprovementPlan plan)
    {
        var entity = new TableEntity(TableKeys.Encode(plan.CycleId), TableKeys.Encode(plan.DivisionCode))
        {
            ["CycleId"] = plan.CycleId,
            ["DivisionCode"] = plan.DivisionCode,
            ["BureauCode"] = plan.BureauCode,
            ["SubmittedAt"] = plan.SubmittedAt,
            ["SubmittedBy"] = plan.SubmittedBy,
            ["UpdatedAt"] = plan.UpdatedAt,
            ["UpdatedBy"] = plan.UpdatedBy,
        };
        LongText.Write(entity, "Content", JsonSerializer.Serialize(plan.Content, Json));
        LongText.Write(entity, "Progress", JsonSerializer.Serialize(plan.Progress, Json));
        return entity;
    }

    private static ImprovementPlan Read(TableEntity entity) => new(
        entity.GetString("CycleId")!,
        entity.GetString("DivisionCode")!,
        entity.GetString("BureauCode")!,
        JsonSerializer.Deserialize<PlanContent>(LongText.Read(entity, "Content"), Json)!,
        entity.GetDateTimeOffset("SubmittedAt"),
        entity.GetString("SubmittedBy"),
        entity.GetDateTimeOffset("UpdatedAt")!.Value,
        entity.GetString("UpdatedBy")!,
        JsonSerializer.Deserialize<List<ProgressReport>>(LongText.Read(entity, "Progress"), Json)!,
        entity.ETag.ToString());
}
