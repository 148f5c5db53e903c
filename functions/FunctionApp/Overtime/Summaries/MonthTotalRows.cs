using System.Globalization;
using Azure.Data.Tables;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Designations;

namespace Transformation.Overtime.Summaries;

/// <summary>How a month total is stored: partition = "yyyy-MM", row = staff id; figures as whole minutes, caps by name.</summary>
public static class MonthTotalRows
{
    public static string Partition(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(MonthTotal total)
    {
        ArgumentNullException.ThrowIfNull(total);
        var s = total.Standing;
        return new TableEntity(Partition(total.Month), total.StaffId)
        {
            ["Division"] = total.DivisionCode,
            ["DivisionName"] = total.DivisionName,
            ["Bureau"] = total.BureauCode,
            ["BureauName"] = total.BureauName,
            ["Designation"] = DesignationNames.Of(s.Designation),
            ["Ordinary"] = s.OrdinaryMinutes,
            ["OtherDirected"] = s.OtherDirectedMinutes,
            ["Year"] = s.YearMinutes,
            ["LongMonths"] = s.LongMonths,
            ["AverageMonths"] = s.AverageMonths,
            ["AverageMinutes"] = s.AverageMinutes,
            ["Near"] = string.Join(',', s.Near),
            ["Over"] = string.Join(',', s.Over),
            ["SourceStamp"] = total.SourceStamp,
        };
    }

    public static MonthTotal Of(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var month = DateOnly.ParseExact(entity.PartitionKey + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var standing = new MonthStanding(
            DesignationNames.Parse(entity.GetString("Designation")) ?? Designation.Ordinary,
            entity.GetInt32("Ordinary") ?? 0,
            entity.GetInt32("OtherDirected") ?? 0,
            entity.GetInt32("Year") ?? 0,
            entity.GetInt32("LongMonths") ?? 0,
            entity.GetInt32("AverageMonths") ?? 0,
            entity.GetInt32("AverageMinutes") ?? 0,
            Kinds(entity.GetString("Near")),
            Kinds(entity.GetString("Over")));
        return new MonthTotal(entity.RowKey, month, entity.GetString("Division") ?? "", entity.GetString("DivisionName") ?? "",
            entity.GetString("Bureau") ?? "", entity.GetString("BureauName") ?? "", standing,
            entity.GetDateTimeOffset("SourceStamp") ?? DateTimeOffset.MinValue);
    }

    private static CapKind[] Kinds(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(k => Enum.TryParse<CapKind>(k, out var kind) ? kind : (CapKind?)null).OfType<CapKind>()];
}
