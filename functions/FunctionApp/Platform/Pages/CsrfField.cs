namespace Transformation.Platform.Pages;

/// <summary>The anti-forgery field a form must post back: its name and this visit's token.</summary>
public sealed record CsrfField(string Name, string Value);
