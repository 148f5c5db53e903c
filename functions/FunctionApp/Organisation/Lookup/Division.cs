namespace Transformation.Organisation.Lookup;

/// <summary>A division (課室) of a snapshot and how many people it has.</summary>
public sealed record Division(string Code, string Name, string BureauCode, string BureauName, int StaffCount);
