namespace Transformation.Platform.Links;

/// <summary>The registered handlers, by purpose. Two handlers for one purpose is a start-up error, not a coin toss.</summary>
public sealed class ActionLinkHandlers
{
    private readonly Dictionary<string, IActionLinkHandler> _byPurpose = new(StringComparer.Ordinal);

    public ActionLinkHandlers(IEnumerable<IActionLinkHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (var handler in handlers)
        {
            if (!_byPurpose.TryAdd(handler.Purpose, handler))
            {
                throw new InvalidOperationException($"Two action-link handlers claim the purpose '{handler.Purpose}'.");
            }
        }
    }

    public IReadOnlyCollection<string> Purposes => _byPurpose.Keys;

    public IActionLinkHandler? Find(string purpose) => _byPurpose.GetValueOrDefault(purpose);
}
