using Transformation.Platform.Localization;

namespace Transformation.Attention;

/// <summary>An item of GET /api/attention: what, which workflow, since when, why (in the caller's language), and what HR may do.</summary>
public sealed record AttentionItemView(
    string Kind,
    string Process,
    string InstanceId,
    string? SheetId,
    int? Version,
    DateTimeOffset Since,
    IReadOnlyList<string> Why,
    IReadOnlyList<string> Actions,
    string? RuntimeStatus,
    string? Page)
{
    public static AttentionItemView Of(AttentionItem item, Language language)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Kind, item.Process, item.InstanceId, item.SheetId, item.Version, item.Since, [.. item.Why.Select(w => w.In(language))],
            item.Actions, item.RuntimeStatus, item.Page);
    }
}

/// <summary>The answer of GET /api/attention.</summary>
public sealed record AttentionListView(string WaitingLongerThan, IReadOnlyList<AttentionItemView> Items);

/// <summary>The answer to an action that was carried out (or a repeat of one): what it did.</summary>
public sealed record AttentionActionView(string ActionId, string Action, string InstanceId, string Message, bool Repeated);
