namespace Transformation.Organisation.Import;

/// <summary>
/// A column as the export may name it (in English or Japanese), whether the header must have it,
/// and whether every row must fill it.
/// </summary>
public sealed record RosterColumnSpec(RosterColumn Column, string English, string Japanese, bool ColumnRequired, bool ValueRequired);
