using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Transformation.Platform.Storage;

namespace Transformation.LocalHost.Dev;

/// <summary>
/// The local development issuer: an OpenID Connect issuer of its own, with a signing key kept in Azurite
/// (so tokens stay valid across a restart), that mints tokens for a staff id and roles. The app validates
/// them through Microsoft.Identity.Web exactly as it validates Entra ID tokens in Azure.
/// </summary>
public sealed class DevIssuer
{
    private const string KeyTable = "DevIssuerKeys";
    private readonly Tables _tables;
    private readonly TimeProvider _clock;
    private readonly Lazy<Task<RsaSecurityKey>> _key;

    public DevIssuer(Tables tables, TimeProvider clock)
    {
        _tables = tables;
        _clock = clock;
        _key = new Lazy<Task<RsaSecurityKey>>(LoadOrCreateAsync);
    }

    public Task<RsaSecurityKey> KeyAsync() => _key.Value;

    /// <summary>An access token for the app's API, naming the staff id in its own claim and the roster email where known.</summary>
    public Task<string> MintAsync(
        Uri authority,
        string audience,
        string staffId,
        IEnumerable<string> roles,
        string? name,
        string? email,
        TimeSpan lifetime)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = staffId,
            ["staff_id"] = staffId,
            ["name"] = name ?? staffId,
            ["roles"] = roles.ToArray(),
        };
        if (email is not null)
        {
            claims["preferred_username"] = email;
        }

        return SignAsync(authority, audience, claims, lifetime);
    }

    /// <summary>An access token as Entra issues one by default: the person's email and roles, no staff id.</summary>
    public Task<string> MintForEmailAsync(Uri authority, string audience, string email, IEnumerable<string> roles, TimeSpan lifetime) =>
        SignAsync(authority, audience, new Dictionary<string, object>
        {
            ["sub"] = email,
            ["preferred_username"] = email,
            ["name"] = email,
            ["roles"] = roles.ToArray(),
        }, lifetime);

    /// <summary>An ID token as Entra issues one to a person signing in: email, name, object id, roles (and a mapped staff id).</summary>
    public Task<string> MintIdTokenAsync(Uri authority, string clientId, DevPerson person, IEnumerable<string> roles, string nonce)
    {
        ArgumentNullException.ThrowIfNull(person);
        var oid = new Guid(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(person.Email.ToUpperInvariant()))[..16]).ToString();
        var claims = new Dictionary<string, object>
        {
            ["sub"] = oid,
            ["oid"] = oid,
            ["preferred_username"] = person.Email,
            ["email"] = person.Email,
            ["name"] = person.Name,
            ["roles"] = roles.ToArray(),
            ["nonce"] = nonce,
        };
        if (person.StaffId is not null)
        {
            claims["staff_id"] = person.StaffId;
        }

        return SignAsync(authority, clientId, claims, TimeSpan.FromHours(1));
    }

    private async Task<string> SignAsync(Uri authority, string audience, Dictionary<string, object> claims, TimeSpan lifetime)
    {
        var key = await KeyAsync();
        var now = _clock.GetUtcNow().UtcDateTime;
        claims["tid"] = LocalDefaults.TenantId;
        claims["ver"] = "2.0";
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = new Uri(authority, "v2.0").ToString(),
            Audience = audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now.AddSeconds(-5),
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async Task<object> JwksAsync()
    {
        var key = await KeyAsync();
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
        return new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } };
    }

    private async Task<RsaSecurityKey> LoadOrCreateAsync()
    {
        var table = await _tables.GetAsync(KeyTable);
        var existing = await table.GetEntityIfExistsAsync<TableEntity>("key", "signing");
        if (existing.HasValue && existing.Value is { } entity)
        {
            return Import(entity.GetString("Pkcs8")!, entity.GetString("Kid")!);
        }

        using var rsa = RSA.Create(2048);
        var pkcs8 = Convert.ToBase64String(rsa.ExportPkcs8PrivateKey());
        var kid = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        try
        {
            await table.AddEntityAsync(new TableEntity("key", "signing") { ["Pkcs8"] = pkcs8, ["Kid"] = kid });
            return Import(pkcs8, kid);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Another process created it first: use theirs.
            var winner = (await table.GetEntityAsync<TableEntity>("key", "signing")).Value;
            return Import(winner.GetString("Pkcs8")!, winner.GetString("Kid")!);
        }
    }

    private static RsaSecurityKey Import(string pkcs8, string kid)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(pkcs8), out _);
        return new RsaSecurityKey(rsa) { KeyId = kid };
    }
}
