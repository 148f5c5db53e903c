using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Workflow;

/// <summary>What the announcement step decided: how many entries won, and the award list as lines in both languages for the all-staff mail.</summary>
public sealed record AwardAnnouncement(int Winners, Text WinnerLines);
