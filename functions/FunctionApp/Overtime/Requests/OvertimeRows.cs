using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Designations;

namespace Transformation.Overtime.Requests;

/// <summary>How a day and a year are stored in table Overtime (partition = staff id): rows "d-yyyy-MM-dd" and "fy-yyyy".</summary>
public static class OvertimeRows
{
    public const string DayPrefix = "d-";
    public const string YearPrefix = "fy-";

    public static string DayRow(DateOnly day) => DayPrefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string YearRow(FiscalYear year) => YearPrefix + year.StartYear.ToString(CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(OvertimeDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return new TableEntity(day.StaffId, DayRow(day.Day))
        {
            ["Version"] = day.Version,
            ["State"] = day.State.ToString(),
            ["Tasks"] = day.Tasks,
            ["TargetEnd"] = day.TargetEnd?.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["EstimatedMinutes"] = day.EstimatedMinutes,
            ["ApproverId"] = day.ApproverId,
            ["Designation"] = DesignationNames.Of(day.Designation),
            ["PersonalCaps"] = JsonSerializer.Serialize(day.PersonalCaps.Select(c => new CapRow(c.MonthlyHours, c.From, c.To))),
            ["SubmittedAt"] = day.SubmittedAt,
            ["CountedMinutes"] = day.CountedMinutes,
            ["DecidedBy"] = day.DecidedBy,
            ["DecidedAt"] = day.DecidedAt,
            ["Comment"] = day.Comment,
            ["SpecialDutyReason"] = day.SpecialDutyReason,
            ["ActualEnd"] = day.ActualEnd?.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["ActualMinutes"] = day.ActualMinutes,
            ["ActualSource"] = day.ActualSource,
        };
    }

    public static OvertimeDay DayOf(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var caps = JsonSerializer.Deserialize<List<CapRow>>(entity.GetString("PersonalCaps") ?? "[]") ?? [];
        return new OvertimeDay(
            entity.PartitionKey,
            DateOnly.ParseExact(entity.RowKey[DayPrefix.Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            entity.GetInt32("Version") ?? 1,
            Enum.TryParse<OvertimeState>(entity.GetString("State"), out var state) ? state : OvertimeState.Pending,
            entity.GetString("Tasks") ?? "",
            Time(entity.GetString("TargetEnd")),
            entity.GetInt32("EstimatedMinutes") ?? 0,
            entity.GetString("ApproverId") ?? "",
            DesignationNames.Parse(entity.GetString("Designation")) ?? Designation.Ordinary,
            [.. caps.Select(c => new PersonalCap(c.Hours, c.From, c.To))],
            entity.GetDateTimeOffset("SubmittedAt") ?? DateTimeOffset.MinValue,
            entity.GetInt32("CountedMinutes") ?? 0)
        {
            DecidedBy = entity.GetString("DecidedBy"),
            DecidedAt = entity.GetDateTimeOffset("DecidedAt"),
            Comment = entity.GetString("Comment"),
            SpecialDutyReason = entity.GetString("SpecialDutyReason"),
            ActualEnd = Time(entity.GetString("ActualEnd")),
            ActualMinutes = entity.GetInt32("ActualMinutes"),
            ActualSource = entity.GetString("ActualSource"),
        };
    }

    public static TableEntity ToEntity(OvertimeYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var entity = new TableEntity(year.StaffId, YearRow(year.Year));
        for (var i = 0; i < FiscalYear.MonthsInYear; i++)
        {
            entity[MonthProperty("O", i)] = year.OrdinaryMinutes[i];
            entity[MonthProperty("X", i)] = year.OtherDirectedMinutes[i];
        }

        entity["Designations"] = JsonSerializer.Serialize(year.Designations.Select(c => new ChangeRow(c.EffectiveFrom,
            DesignationNames.Of(c.Designation))));
        return entity;
    }

    public static OvertimeYear YearOf(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var year = new FiscalYear(int.Parse(entity.RowKey[YearPrefix.Length..], CultureInfo.InvariantCulture));
        var changes = JsonSerializer.Deserialize<List<ChangeRow>>(entity.GetString("Designations") ?? "[]") ?? [];
        return new OvertimeYear(entity.PartitionKey, year,
            [.. Enumerable.Range(0, FiscalYear.MonthsInYear).Select(i => entity.GetInt32(MonthProperty("O", i)) ?? 0)],
            [.. Enumerable.Range(0, FiscalYear.MonthsInYear).Select(i => entity.GetInt32(MonthProperty("X", i)) ?? 0)],
            [.. changes.Select(c => new DesignationChange(c.From, DesignationNames.Parse(c.Kind) ?? Designation.Ordinary))]);
    }

    /// <summary>"O00" is April's ordinary minutes, "X11" March's other-directed ones.</summary>
    private static string MonthProperty(string kind, int index) => kind + index.ToString("00", CultureInfo.InvariantCulture);

    private static TimeOnly? Time(string? text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private sealed record CapRow(decimal Hours, DateOnly From, DateOnly To);

    private sealed record ChangeRow(DateOnly From, string Kind);
}
