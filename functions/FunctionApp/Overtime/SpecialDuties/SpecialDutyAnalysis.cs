using Transformation.Platform.Http;

namespace Transformation.Overtime.SpecialDuties;

/// <summary>HR's analysis of a special duty, the same rules for the page and the API.</summary>
public sealed class SpecialDutyAnalysis(SpecialDutyStore store, TimeProvider time)
{
    public const string Field = "analysis";

    public static IReadOnlyList<FieldError> Errors(string? analysis)
    {
        var text = analysis?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return [new FieldError(Field, SpecialDutyTexts.AnalysisRequired)];
        }

        return text.Length > SpecialDutyStore.MaxAnalysisLength
            ? [new FieldError(Field, SpecialDutyTexts.AnalysisTooLong.With(SpecialDutyStore.MaxAnalysisLength))]
            : [];
    }

    /// <summary>Writes the analysis; the errors when it is not valid, Found false when there is no such record.</summary>
    public async Task<AnalysisOutcome> RecordAsync(int year, string key, string? analysis, string by, CancellationToken cancellationToken)
    {
        var errors = Errors(analysis);
        if (errors.Count > 0)
        {
            return new AnalysisOutcome(true, errors);
        }

        return new AnalysisOutcome(await store.RecordAnalysisAsync(year, key, analysis!.Trim(), by, time.GetUtcNow(), cancellationToken), []);
    }

    public async Task<SpecialDutyRecord?> FindAsync(int year, string key, CancellationToken cancellationToken) =>
        (await store.ListAsync(year, cancellationToken)).FirstOrDefault(r => r.Key == key);
}

/// <summary>Whether the record exists, and what was wrong with the analysis (nothing: it was written).</summary>
public sealed record AnalysisOutcome(bool Found, IReadOnlyList<FieldError> Errors);
