using Transformation.Platform.Http;

namespace Transformation.Overtime.SpecialDuties;

/// <summary>HR's analysis of a special duty, the same rules for the page and the API.</summary>
public sealed class SpecialDutyAnalysis(SpecialDutyStore store, TimeProvider time)
{
    public const string Field = "analysis";

    /// <summary>A fiscal year as a route writes it ("2026"), from 2019 (the caps' start); null otherwise.</summary>
    public static int? Year(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year is >= 2019 and <= 2100 ? year : null;

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
