namespace Transformation.CareSheets.Approval;

public enum DecisionOutcomeKind
{
    /// <summary>This decision counts.</summary>
    Recorded,

    /// <summary>Someone decided first (or the sheet was withdrawn or revised): nothing changed.</summary>
    TooLate,

    /// <summary>The comment is missing or too long; nothing changed.</summary>
    Invalid,
}
