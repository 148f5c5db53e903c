namespace Transformation.TeamUp.Judging;

/// <summary>Body of PUT …/panel: the staff ids of the judges.</summary>
public sealed record PanelRequest(IReadOnlyList<string?>? Judges);
