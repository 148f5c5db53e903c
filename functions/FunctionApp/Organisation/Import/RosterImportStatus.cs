namespace Transformation.Organisation.Import;

public enum RosterImportStatus
{
    /// <summary>The file is now the current roster.</summary>
    Imported,

    /// <summary>The file has errors; nothing was written.</summary>
    Invalid,

    /// <summary>Another import replaced the roster while this one ran; this one is not current.</summary>
    Conflict,
}
