using Transformation.CareSheets.Sheets;
using Transformation.Platform.Http;

namespace Transformation.CareSheets.HrConsole;

/// <summary>
/// What HR's API and HR's pages both do with care sheets: list them by the filters the API offers, and read one
/// sheet's audit trail. Both read the same stored rows the same way, so a filtered page and the API answer agree.
/// </summary>
public sealed class CareSheetHrConsole(CareSheetStore store, CareSheetAudit audit)
{
    /// <summary>Heads matching the filter, newest submission first.</summary>
    public Task<IReadOnlyList<CareSheet>> ListAsync(CareSheetFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return store.ListAsync(state: filter.State, bureauCode: filter.Bureau, cancellationToken: cancellationToken);
    }

    /// <summary>The sheet's head and its audit trail, oldest first (the table's order); null when there is no such sheet.</summary>
    public async Task<CareSheetTrail?> TrailAsync(string id, CancellationToken cancellationToken)
    {
        var sheet = await store.GetAsync(id, cancellationToken);
        return sheet is null ? null : new CareSheetTrail(sheet, await audit.ReadAsync(id, cancellationToken));
    }
}

/// <summary>HR's filters of the sheet list: a state and a bureau code, either left out for all.</summary>
public sealed record CareSheetFilter(CareSheetState? State, string? Bureau)
{
    public const string StateField = "state";
    public const string BureauField = "bureau";

    public static readonly CareSheetFilter All = new(null, null);

    public bool Narrows => State is not null || Bureau is not null;

    /// <summary>
    /// The filter from the query's values; <paramref name="error"/> says what is wrong with the state (then the filter is null).
    /// The bureau code is checked by the request gate before the function runs, as every ?bureau= is.
    /// </summary>
    public static CareSheetFilter? Parse(string? state, string? bureau, out FieldError? error)
    {
        error = null;
        CareSheetState? parsedState = null;
        if (!string.IsNullOrEmpty(state))
        {
            // Names only: Enum.TryParse also takes numbers, which are not documented values.
            if (!Enum.TryParse<CareSheetState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(state, out _))
            {
                error = new FieldError(StateField, CareSheetHrTexts.StateValues);
                return null;
            }

            parsedState = parsed;
        }

        return new CareSheetFilter(parsedState, string.IsNullOrEmpty(bureau) ? null : bureau);
    }
}

/// <summary>A sheet's head and every entry of its audit trail, oldest first.</summary>
public sealed record CareSheetTrail(CareSheet Sheet, IReadOnlyList<AuditEntry> Entries);
