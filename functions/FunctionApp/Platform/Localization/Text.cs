namespace Transformation.Platform.Localization;

/// <summary>A text in both languages. Messages are written as pairs so neither language can be forgotten.</summary>
public sealed record Text(string Ja, string En)
{
    public string In(Language language) => language.Pick(Ja, En);
}
