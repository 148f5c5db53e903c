namespace Transformation.Platform.Security;

/// <summary>Who a signed-in person is in the current roster, and what the roster makes them.</summary>
public sealed record RosterIdentity(string StaffId, bool HeadsADivision);

/// <summary>Finds a signed-in person in the current roster (implemented by the organisation process).</summary>
public interface IRosterIdentities
{
    /// <summary>By staff id when a configured claim carried one, else by email (case-insensitive); null when not in the roster.</summary>
    Task<RosterIdentity?> FindAsync(string? staffId, IReadOnlyCollection<string> emails, CancellationToken cancellationToken);
}
