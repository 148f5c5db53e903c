namespace Transformation.Overtime.Caps;

/// <summary>Consecutive months, named by their first days; both ends included.</summary>
public sealed record MonthSpan(DateOnly FirstMonth, DateOnly LastMonth)
{
    public int Months => (LastMonth.Year - FirstMonth.Year) * 12 + LastMonth.Month - FirstMonth.Month + 1;
}
