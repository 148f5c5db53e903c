using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Transformation.Platform.Security;

/// <summary>A signed-in principal as the app sees it: the caller, and whether the current roster knows them.</summary>
public sealed record CallerMatch(Caller Caller, bool InRoster, string? Email);

/// <summary>
/// Turns a validated token or session into a <see cref="Caller"/>. The staff id comes from the roster (by the
/// configured claim, else by email), and so does division headship: a head who moved keeps their Entra role
/// but not the rights, and a new head has them from the import that names them. Everyone in the roster is staff.
/// </summary>
public sealed class CallerResolver(IRosterIdentities roster, IOptions<SignInOptions> signIn)
{
    private static readonly string[] EmailClaims = ["preferred_username", "upn", "email"];

    public async Task<CallerMatch> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claim = signIn.Value.StaffIdClaim;
        var staffId = claim.Length > 0 ? user.FindFirst(claim)?.Value.Trim() : null;
        var emails = EmailClaims
            .Select(type => user.FindFirst(type)?.Value.Trim())
            .OfType<string>()
            .Where(v => v.Contains('@', StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var roles = user.FindAll("roles").Select(c => c.Value).Where(Roles.All.Contains).ToHashSet(StringComparer.Ordinal);
        roles.Remove(Roles.DivisionHead);

        var found = await roster.FindAsync(string.IsNullOrEmpty(staffId) ? null : staffId, emails, cancellationToken);
        if (found is null)
        {
            var who = staffId is { Length: > 0 } ? staffId : emails.FirstOrDefault() ?? user.FindFirst("oid")?.Value ?? "unknown";
            return new CallerMatch(new Caller(who, roles), false, emails.FirstOrDefault());
        }

        roles.Add(Roles.Employee);
        if (found.HeadsADivision)
        {
            roles.Add(Roles.DivisionHead);
        }

        return new CallerMatch(new Caller(found.StaffId, roles), true, emails.FirstOrDefault());
    }
}
