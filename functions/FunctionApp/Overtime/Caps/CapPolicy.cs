namespace Transformation.Overtime.Caps;

/// <summary>
/// What the ministry may set about the caps: only when a warning is shown. The caps themselves are the rule's
/// (<see cref="CapRules"/>).
/// </summary>
public sealed record CapPolicy
{
    public static readonly CapPolicy Default = new(0.8m);

    /// <param name="warningShare">The share of a cap from which a projected total is shown as a warning (0.8: 80%).</param>
    public CapPolicy(decimal warningShare)
    {
        if (warningShare is <= 0m or >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(warningShare), warningShare, "The warning share is above 0 and below 1.");
        }

        WarningShare = warningShare;
    }

    public decimal WarningShare { get; }

    /// <summary>The warning share as a whole percentage, for messages (0.8 is 80).</summary>
    public decimal WarningPercent => WarningShare * 100m;
}
