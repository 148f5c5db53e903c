namespace Transformation.Platform.Durable;

/// <summary>
/// The "ActivityRetry" settings: how the orchestrations try an activity again after it failed. The defaults ride out a
/// provider or storage outage of about a quarter of an hour (10 s doubling to 5 min, 12 tries); tests set seconds.
/// </summary>
public sealed class ActivityRetryOptions
{
    public const string Section = "ActivityRetry";

    /// <summary>Tries in all, the first included.</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>The wait before the second try; doubled before each further one.</summary>
    public TimeSpan FirstInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two tries.</summary>
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>No try starts after this much time from the first.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);
}
