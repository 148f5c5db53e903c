namespace Transformation.Overtime.Caps;

/// <summary>A month's counted overtime hours, split by the designation of the day each hour was worked on.</summary>
public sealed record MonthHours(decimal Ordinary, decimal OtherDirected)
{
    public static readonly MonthHours None = new(0m, 0m);

    public decimal Total => Ordinary + OtherDirected;

    public decimal Under(Designation designation) => designation == Designation.OtherDirected ? OtherDirected : Ordinary;
}

/// <summary>
/// One person's counted overtime for one fiscal year: each month's hours, split by designation. The running total
/// the cap check reads instead of the requests (one entity a person and year); the hours counted are the actual
/// ones where recorded and the approved ones otherwise, so a change is applied as a difference (<see cref="Add"/>).
/// </summary>
public sealed record FiscalYearTotals
{
    private readonly MonthHours[] months;

    public FiscalYearTotals(FiscalYear year, IEnumerable<MonthHours> months)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(months);
        this.months = [.. months];
        if (this.months.Length != FiscalYear.MonthsInYear)
        {
            throw new ArgumentException($"A fiscal year has {FiscalYear.MonthsInYear} months.", nameof(months));
        }

        if (this.months.Any(m => m is null || m.Ordinary < 0 || m.OtherDirected < 0))
        {
            throw new ArgumentException("Hours cannot be negative.", nameof(months));
        }

        Year = year;
    }

    public FiscalYear Year { get; }

    /// <summary>April first, March last.</summary>
    public IReadOnlyList<MonthHours> Months => months;

    public decimal Total => months.Sum(m => m.Total);

    public static FiscalYearTotals Empty(FiscalYear year) => new(year, Enumerable.Repeat(MonthHours.None, FiscalYear.MonthsInYear));

    /// <summary>Shorthand for tests and imports: each month's hours, all under one designation, April first.</summary>
    public static FiscalYearTotals Of(FiscalYear year, Designation designation, params decimal[] hoursFromApril)
    {
        ArgumentNullException.ThrowIfNull(hoursFromApril);
        if (hoursFromApril.Length > FiscalYear.MonthsInYear)
        {
            throw new ArgumentException($"A fiscal year has {FiscalYear.MonthsInYear} months.", nameof(hoursFromApril));
        }

        return new(year, Enumerable.Range(0, FiscalYear.MonthsInYear).Select(i =>
        {
            var hours = i < hoursFromApril.Length ? hoursFromApril[i] : 0m;
            return designation == Designation.OtherDirected ? new MonthHours(0m, hours) : new MonthHours(hours, 0m);
        }));
    }

    public MonthHours Month(DateOnly day) => months[Year.MonthIndex(day)];

    /// <summary>
    /// The totals with <paramref name="hours"/> (negative to take some back, as when an actual replaces a larger
    /// approval) counted on <paramref name="day"/> under <paramref name="designation"/>.
    /// </summary>
    public FiscalYearTotals Add(DateOnly day, Designation designation, decimal hours)
    {
        var index = Year.MonthIndex(day);
        var month = months[index];
        var changed = designation == Designation.OtherDirected
            ? month with { OtherDirected = month.OtherDirected + hours }
            : month with { Ordinary = month.Ordinary + hours };
        if (changed.Ordinary < 0 || changed.OtherDirected < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "More hours taken back than were counted.");
        }

        var copy = months.ToArray();
        copy[index] = changed;
        return new FiscalYearTotals(Year, copy);
    }

    public bool Equals(FiscalYearTotals? other) => other is not null && Year == other.Year && months.SequenceEqual(other.months);

    public override int GetHashCode() => months.Aggregate(Year.GetHashCode(), HashCode.Combine);
}
