namespace Transformation.Platform.Links;

/// <summary>Why a link cannot be used.</summary>
public enum LinkRefusal
{
    /// <summary>No such link (mistyped, truncated by a mail client, or never issued).</summary>
    Unknown,

    /// <summary>Past its expiry.</summary>
    Expired,

    /// <summary>Already redeemed: a link works once.</summary>
    AlreadyUsed,

    /// <summary>Presented to a feature it was not issued for.</summary>
    WrongPurpose,

    /// <summary>The resource has a newer version than the one the link was issued for.</summary>
    Superseded,

    /// <summary>Withdrawn together with every other link of its resource.</summary>
    Revoked,
}
