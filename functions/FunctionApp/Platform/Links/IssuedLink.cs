namespace Transformation.Platform.Links;

/// <summary>
/// A newly issued link. The token exists only here and in the email it is put in:
/// storage has its hash, so it cannot be shown again. Do not log it or store it.
/// </summary>
public sealed record IssuedLink(string Token, Uri Url, DateTimeOffset ExpiresAt)
{
    /// <summary>Leaves the token and the URL out, so logging this record by accident does not leak the credential.</summary>
    public override string ToString() => $"IssuedLink {{ ExpiresAt = {ExpiresAt:O} }}";
}
