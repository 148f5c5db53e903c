using Transformation.Organisation.Lookup;

namespace Transformation.Overtime.Summaries;

/// <summary>A division head's summary page: the summary, the names of the people listed, the other divisions the reader heads.</summary>
/// <param name="Names">Staff id to name, from the current roster (someone who left shows as their id).</param>
public sealed record DivisionSummaryPageView(
    DivisionSummary Summary, IReadOnlyDictionary<string, string> Names, IReadOnlyList<Division> OtherDivisions, decimal WarningPercent)
{
    public string Month => SummaryMonth.Format(Summary.Month);
}

/// <summary>HR's ministry view: the summary and the names of the people listed.</summary>
public sealed record MinistrySummaryPageView(MinistrySummary Summary, IReadOnlyDictionary<string, string> Names, decimal WarningPercent)
{
    public string Month => SummaryMonth.Format(Summary.Month);
}
