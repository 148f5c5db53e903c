namespace Transformation.Surveys.Publication;

/// <summary>
/// How many of a group were invited and have answered, for HR; a hidden group carries its name and nothing else.
/// </summary>
/// <param name="BureauCode">The bureau of a division; null for a bureau and the ministry.</param>
/// <param name="Shown">False for a group below the reporting threshold (or hidden to protect one, or hidden in the results).</param>
public sealed record GroupResponse(string Code, string Name, string? BureauCode, bool Shown, int? Invited, int? Submitted, double? Rate);
