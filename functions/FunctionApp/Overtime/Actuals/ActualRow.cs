namespace Transformation.Overtime.Actuals;

/// <summary>One valid row of an attendance file: a person's overtime of one day, in whole minutes, with its line for messages.</summary>
public sealed record ActualRow(int Line, string StaffId, DateOnly Day, int Minutes);
