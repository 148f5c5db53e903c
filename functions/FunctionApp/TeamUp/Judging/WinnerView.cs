namespace Transformation.TeamUp.Judging;

/// <summary>A winning entry: its award and place, its division and the link to its published entry.</summary>
public sealed record WinnerView(
    int Place,
    string AwardId,
    string AwardName,
    string DivisionCode,
    string DivisionName,
    string BureauCode,
    string BureauName,
    decimal HoursPerMonthSaved,
    string EntryUrl);
