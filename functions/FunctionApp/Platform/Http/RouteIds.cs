namespace Transformation.Platform.Http;

/// <summary>
/// What an id in an address or a parameter may look like before it goes near storage: 1 to 128 letters, digits,
/// '-', '_', '.' or '~'. Every id the app issues or imports fits (sheet ids, years, codes, link and survey tokens);
/// table keys refuse '/', '\', '#', '?' and control characters, and Azure Table Storage refuses keys over 1 KiB
/// with a 400 that would otherwise surface as a 500 (Azurite accepts them, so only Azure would show it).
/// </summary>
public static class RouteIds
{
    public const int MaxLength = 128;

    public static bool IsPlausible(string? value) =>
        value is { Length: > 0 and <= MaxLength } && value.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '~');
}
