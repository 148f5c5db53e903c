namespace Transformation.Tests.Support;

/// <summary>Keys for test runs only (a service collection built in a test has no local-host defaults).</summary>
public static class TestSecrets
{
    /// <summary>Surveys:SealKey: 32 bytes, base64.</summary>
    public const string SurveySealKey = "dGVzdC1vbmx5LXN1cnZleS1zZWFsLWtleS0zMi1ieXQ=";

    /// <summary>ThreeSixty:Rating:SealKey: 32 bytes, base64.</summary>
    public const string RatingSealKey = "dGVzdC1vbmx5LTM2MC1yYXRpbmctc2VhbC1rZXktMzI=";
}
