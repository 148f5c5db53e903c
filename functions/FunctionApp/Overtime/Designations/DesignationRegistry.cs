using Transformation.Organisation.Lookup;
using Transformation.Overtime.Caps;
using Transformation.Platform.Files;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.Overtime.Designations;

/// <summary>
/// HR's designations of divisions, as the page and the API use them: checked against the current roster, and every row of a
/// file checked before any is written.
/// </summary>
public sealed class DesignationRegistry(DesignationStore store, RosterDirectory roster, JapanTime japan, TimeProvider time)
{
    public const int MaxRows = 10_000;
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>The caps took effect on this day; a designation before it would govern nothing.</summary>
    public static readonly DateOnly FirstDay = new(2019, 4, 1);

    private const int YearsAhead = 5;

    public DateOnly Today => japan.DateOf(time.GetUtcNow());

    private DateOnly LastDay => Today.AddYears(YearsAhead);

    /// <summary>The board of the current roster's divisions; null before any roster is imported.</summary>
    public async Task<DesignationBoard?> BoardAsync(CancellationToken cancellationToken = default)
    {
        if (await roster.CurrentSnapshotIdAsync(cancellationToken) is null)
        {
            return null;
        }

        var divisions = await roster.GetDivisionsAsync(cancellationToken: cancellationToken);
        var changes = (await store.ListAsync(cancellationToken)).ToLookup(c => c.DivisionCode, StringComparer.Ordinal);
        var today = Today;
        return new DesignationBoard(today, [.. divisions.Select(d => new DivisionDesignation(
            d, DesignationEntry.Timeline(changes[d.Code]).On(today), [.. changes[d.Code].OrderBy(c => c.EffectiveFrom)]))]);
    }

    public async Task<DesignationOutcome> SetAsync(
        string divisionCode, string? from, string? kind, string setBy, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        if (!(await DivisionCodesAsync(cancellationToken)).Contains(divisionCode))
        {
            errors.Add(new FieldError("divisionCode",
                new Text("その課室は現在の名簿にありません。", "That division is not in the current roster.")));
        }

        var day = DesignationNames.ParseDate(from);
        if (day is not { } d || d < FirstDay || d > LastDay)
        {
            errors.Add(new FieldError("effectiveFrom", new Text(
                $"適用開始日は {DesignationNames.Date(FirstDay)} から {YearsAhead} 年先までの日付（2027-04-01 の形）で指定してください。",
                $"The date must be from {DesignationNames.Date(FirstDay)} to {YearsAhead} years ahead, written like 2027-04-01.")));
        }

        var designation = DesignationNames.Parse(kind);
        if (designation is null)
        {
            errors.Add(new FieldError("kind",
                new Text("区分は ordinary か other-directed です。", "The designation is ordinary or other-directed.")));
        }

        if (errors.Count > 0)
        {
            return new DesignationOutcome(false, errors);
        }

        await store.SetAsync(new DesignationEntry(divisionCode, day!.Value, designation!.Value, setBy, time.GetUtcNow()), cancellationToken);
        return new DesignationOutcome(true, [], 1);
    }

    public async Task<bool> RemoveAsync(string divisionCode, string? from, CancellationToken cancellationToken = default) =>
        DesignationNames.ParseDate(from) is { } day && await store.RemoveAsync(divisionCode, day, cancellationToken);

    public async Task<DesignationOutcome> ImportAsync(ReadOnlyMemory<byte> file, string setBy, CancellationToken cancellationToken = default)
    {
        if (file.Length > MaxBytes)
        {
            return DesignationOutcome.Refused(DesignationTexts.TooLarge(MaxBytes));
        }

        if (ExportEncoding.Decode(file.Span).Text is not { } text)
        {
            return DesignationOutcome.Refused(FileErrors.Undecodable());
        }

        var (rows, errors) = DesignationCsv.Parse(text, await DivisionCodesAsync(cancellationToken), (FirstDay, LastDay), MaxRows);
        if (errors.Count > 0)
        {
            return new DesignationOutcome(false, errors);
        }

        var now = time.GetUtcNow();
        await store.ImportAsync([.. rows.Select(r => new DesignationEntry(r.DivisionCode, r.EffectiveFrom, r.Kind, setBy, now))],
            cancellationToken);
        return new DesignationOutcome(true, [], rows.Count);
    }

    private async Task<IReadOnlySet<string>> DivisionCodesAsync(CancellationToken cancellationToken) =>
        await roster.CurrentSnapshotIdAsync(cancellationToken) is null
            ? new HashSet<string>()
            : (await roster.GetDivisionsAsync(cancellationToken: cancellationToken)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
}
