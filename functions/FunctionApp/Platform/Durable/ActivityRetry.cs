using Microsoft.DurableTask;

namespace Transformation.Platform.Durable;

/// <summary>
/// The one way orchestrations call an activity: with the retry policy of the "ActivityRetry" settings, so a failed step
/// (SendGrid or storage down for minutes, a host killed mid-step) is tried again instead of failing the workflow.
/// Activities are written to be repeated: each first reads what is stored, and mail is idempotent by batch key.
/// </summary>
public static class ActivityRetry
{
    // Set once at start-up from the settings (orchestrators are static and get no services). The policy only spaces the
    // tries; the engine records each retry's timer, so a replay after a restart with other settings stays consistent.
    private static TaskOptions _options = For(new ActivityRetryOptions());

    public static TaskOptions Options => _options;

    public static void Configure(ActivityRetryOptions settings) => _options = For(settings);

    public static TaskOptions For(ActivityRetryOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var policy = new RetryPolicy(settings.MaxAttempts, settings.FirstInterval, backoffCoefficient: 2.0,
            maxRetryInterval: settings.MaxInterval, retryTimeout: settings.Timeout);
        return TaskOptions.FromRetryPolicy(policy);
    }

    /// <summary>Calls <paramref name="activity"/> with the retry policy.</summary>
    public static Task<T> CallAsync<T>(this TaskOrchestrationContext context, string activity, object? input = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CallActivityAsync<T>(activity, input, _options);
    }
}
