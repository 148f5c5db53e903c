using System.Globalization;
using Transformation.Platform.Mail;

namespace Transformation.Tests.Mail;

public sealed class RetryDelaysTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 9, 0, 0, 500, TimeSpan.Zero);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    private static string EpochIn(int seconds) => Now.AddSeconds(seconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void A_rate_limit_waits_until_its_reset()
    {
        var wait = RetryDelays.ForRateLimit(EpochIn(2), Now, Cap);

        Assert.InRange(wait!.Value, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(1.7));
    }

    [Fact]
    public void A_rate_limit_far_away_is_capped_and_one_already_past_or_unreadable_leaves_the_wait_to_the_backoff()
    {
        Assert.Equal(Cap, RetryDelays.ForRateLimit(EpochIn(3600), Now, Cap));
        Assert.Null(RetryDelays.ForRateLimit(EpochIn(-10), Now, Cap));
        Assert.Null(RetryDelays.ForRateLimit(EpochIn(0), Now, Cap));
        Assert.Null(RetryDelays.ForRateLimit("soon", Now, Cap));
    }

    [Fact]
    public void Backoff_doubles_up_to_the_cap()
    {
        var waits = Enumerable.Range(1, 8).Select(a => RetryDelays.Backoff(a, TimeSpan.FromSeconds(2), Cap).TotalSeconds);

        Assert.Equal([2, 4, 8, 16, 32, 60, 60, 60], waits);
    }
}
