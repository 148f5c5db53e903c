using System.Net;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Security;

namespace Transformation.LocalHost.Dev;

/// <summary>OIDC metadata, signing keys, POST /dev/token and a sign-in page for browsers. Local host only.</summary>
public static class DevIssuerEndpoints
{
    public static IEndpointRouteBuilder MapDevIssuer(this IEndpointRouteBuilder endpoints)
    {
        var root = DevIssuerPaths.Root.TrimEnd('/');
        endpoints.MapGet(root + "/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, IOptions<LocalHostOptions> local) =>
        {
            var authority = Authority(local.Value, tenant);
            return Results.Json(new
            {
                issuer = new Uri(authority, "v2.0").ToString(),
                jwks_uri = new Uri(authority, "discovery/v2.0/keys").ToString(),
                authorization_endpoint = new Uri(local.Value.BaseUrl, DevSignInEndpoints.Path).ToString(),
                token_endpoint = new Uri(local.Value.BaseUrl, "/dev/token").ToString(),
                id_token_signing_alg_values_supported = new[] { "RS256" },
                response_types_supported = new[] { "id_token", "token" },
                response_modes_supported = new[] { "form_post" },
                subject_types_supported = new[] { "public" },
            });
        });
        endpoints.MapGet(root + "/{tenant}/discovery/v2.0/keys", async (DevIssuer issuer) => Results.Json(await issuer.JwksAsync()));
        endpoints.MapPost("/dev/token", async (TokenRequest request, DevIssuer issuer, RosterDirectory roster, IOptions<LocalHostOptions> local) =>
        {
            var unknown = (request.Roles ?? []).Except(Roles.All, StringComparer.Ordinal).ToList();
            var byEmail = string.IsNullOrWhiteSpace(request.StaffId) && request.Email?.Contains('@', StringComparison.Ordinal) == true;
            if ((string.IsNullOrWhiteSpace(request.StaffId) && !byEmail) || unknown.Count > 0)
            {
                return Results.Problem(
                    title: "Bad token request",
                    detail: unknown.Count > 0
                        ? $"Unknown roles: {string.Join(", ", unknown)}. Known: {string.Join(", ", Roles.All)}."
                        : "staffId (or an email) is required.",
                    statusCode: (int)HttpStatusCode.BadRequest);
            }

            var lifetime = TimeSpan.FromSeconds(Math.Clamp(request.LifetimeSeconds ?? 8 * 3600, 1, 24 * 3600));
            var authority = Authority(local.Value, LocalDefaults.TenantId);
            string token;
            if (byEmail)
            {
                token = await issuer.MintForEmailAsync(authority, LocalDefaults.Audience, request.Email!.Trim(), request.Roles ?? [], lifetime);
            }
            else
            {
                var staffId = request.StaffId!.Trim();
                var email = await roster.CurrentSnapshotIdAsync() is null ? null : (await roster.GetIndexAsync()).Person(staffId)?.Email;
                token = await issuer.MintAsync(authority, LocalDefaults.Audience, staffId, request.Roles ?? [], request.Name, email, lifetime);
            }

            return Results.Json(new { access_token = token, token_type = "Bearer", expires_in = (int)lifetime.TotalSeconds });
        });
        return endpoints;
    }

    public static Uri Authority(LocalHostOptions local, string tenant) =>
        new(local.BaseUrl, DevIssuerPaths.Root + tenant + "/");
}
