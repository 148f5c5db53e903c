using System.Globalization;
using Transformation.Overtime.Requests;

namespace Transformation.Overtime.Decisions;

/// <summary>The action-link purpose of overtime approvals, and the day a link's resource names.</summary>
public static class OvertimeLinks
{
    public const string Purpose = "overtime.decide";

    /// <summary>
    /// The person and day of <see cref="OvertimeDay.LinkResource"/> ("overtime:&lt;staff id&gt;:yyyy-MM-dd"); null for anything else.
    /// </summary>
    public static (string StaffId, DateOnly Day)? Parse(string resourceId)
    {
        if (resourceId is null || !resourceId.StartsWith(OvertimeDay.LinkResourcePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = resourceId[OvertimeDay.LinkResourcePrefix.Length..];
        var colon = rest.LastIndexOf(':');
        if (colon <= 0
            || !DateOnly.TryParseExact(rest[(colon + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        return (rest[..colon], day);
    }
}
