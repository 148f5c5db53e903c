using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages;

/// <summary>One option of a select or a radio group: the value sent, and the label shown.</summary>
public sealed record Choice(string Value, Text Label);
