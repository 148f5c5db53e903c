namespace Transformation.Organisation.Import;

/// <summary>One data row as read, before validation: its physical line and its values by <see cref="RosterColumn"/>.</summary>
public sealed record RosterRecord(int Line, IReadOnlyList<string> Values)
{
    public string this[RosterColumn column] => Values[(int)column];
}
