namespace Transformation.Overtime.Requests;

/// <summary>Where one person's overtime of one day stands.</summary>
public enum OvertimeState
{
    /// <summary>Requested, waiting for the supervisor (until the end of regular hours).</summary>
    Pending,

    Approved,

    Declined,

    /// <summary>Nobody decided by the end of regular hours: the overtime was not ordered.</summary>
    NotApproved,

    /// <summary>Known only from the attendance system's import: overtime worked with no request in this app.</summary>
    Unrequested,
}
