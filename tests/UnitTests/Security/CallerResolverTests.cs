using System.Security.Claims;
using Microsoft.Extensions.Options;
using Transformation.Platform.Security;

namespace Transformation.Tests.Security;

/// <summary>Who a validated token or session is, by the roster: the staff id, staff-ness and headship.</summary>
public sealed class CallerResolverTests
{
    private static readonly Dictionary<string, RosterIdentity> Roster = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ito-yumi@example.go.jp"] = new("1010003", HeadsADivision: false),
        ["ikeda-ryo@example.go.jp"] = new("2020001", HeadsADivision: true),
    };

    [Fact]
    public async Task The_email_of_the_token_finds_the_person_whatever_its_case()
    {
        var match = await Resolve(Claims(("preferred_username", "Ito-Yumi@Example.go.jp")));

        Assert.True(match.InRoster);
        Assert.Equal("1010003", match.Caller.StaffId);
    }

    [Fact]
    public async Task Upn_or_email_is_used_when_preferred_username_is_not_an_address()
    {
        var match = await Resolve(Claims(("preferred_username", "ito"), ("upn", "ito-yumi@example.go.jp")));

        Assert.Equal("1010003", match.Caller.StaffId);
    }

    [Fact]
    public async Task A_configured_staff_id_claim_wins_over_the_email()
    {
        var match = await Resolve(Claims(("employeeid", "2020001"), ("preferred_username", "ito-yumi@example.go.jp")), "employeeid");

        Assert.Equal("2020001", match.Caller.StaffId);
    }

    [Fact]
    public async Task The_head_role_of_the_token_counts_only_when_the_roster_makes_the_person_a_head()
    {
        var claimsHead = await Resolve(Claims(("preferred_username", "ito-yumi@example.go.jp"), ("roles", "division.head")));
        var isHead = await Resolve(Claims(("preferred_username", "ikeda-ryo@example.go.jp")));

        Assert.False(claimsHead.Caller.IsIn(Roles.DivisionHead));
        Assert.True(isHead.Caller.IsIn(Roles.DivisionHead));
    }

    [Fact]
    public async Task Everyone_in_the_roster_is_staff_and_unknown_roles_are_dropped()
    {
        var match = await Resolve(Claims(("preferred_username", "ito-yumi@example.go.jp"), ("roles", "superuser")));

        Assert.Equal(new HashSet<string> { Roles.Employee }, match.Caller.Roles);
    }

    [Fact]
    public async Task Someone_the_roster_does_not_know_is_marked_so_with_their_address()
    {
        var match = await Resolve(Claims(("preferred_username", "stranger@example.com"), ("roles", "employee")));

        Assert.False(match.InRoster);
        Assert.Equal("stranger@example.com", match.Email);
    }

    private static ClaimsPrincipal Claims(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));

    private static Task<CallerMatch> Resolve(ClaimsPrincipal user, string staffIdClaim = "") =>
        new CallerResolver(new FakeRoster(), Options.Create(new SignInOptions { StaffIdClaim = staffIdClaim }))
            .ResolveAsync(user, CancellationToken.None);

    private sealed class FakeRoster : IRosterIdentities
    {
        public Task<RosterIdentity?> FindAsync(string? staffId, IReadOnlyCollection<string> emails, CancellationToken cancellationToken) =>
            Task.FromResult(staffId is not null
                ? Roster.Values.FirstOrDefault(r => r.StaffId == staffId)
                : emails.Select(e => Roster.GetValueOrDefault(e)).FirstOrDefault(r => r is not null));
    }
}
