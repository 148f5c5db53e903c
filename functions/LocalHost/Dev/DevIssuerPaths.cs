namespace Transformation.LocalHost;

public static class DevIssuerPaths
{
    /// <summary>The development issuer lives under this path of the local host: {Root}{tenant}/v2.0/...</summary>
    public const string Root = "/dev/issuer/";
}
