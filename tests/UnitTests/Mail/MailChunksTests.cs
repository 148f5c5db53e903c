using Transformation.Platform.Mail;

namespace Transformation.Tests.Mail;

public sealed class MailChunksTests
{
    [Fact]
    public void Two_thousand_five_hundred_recipients_make_chunks_of_1000_1000_and_500_in_order()
    {
        var batch = new TestBatch().WithStaff(2500).Build();

        var chunks = MailChunks.Split(batch.Recipients);

        Assert.Equal([1000, 1000, 500], chunks.Select(c => c.Count));
        Assert.Equal(batch.Recipients, chunks.SelectMany(c => c));
    }

    [Fact]
    public void A_large_send_is_cut_into_activity_batches_with_their_own_keys()
    {
        var batch = new TestBatch().WithKey("survey-2025").WithStaff(2001).Build();

        var parts = MailChunks.ForActivities(batch);

        Assert.Equal([1000, 1000, 1], parts.Select(p => p.Recipients.Count));
        Assert.Equal(["survey-2025:0000", "survey-2025:0001", "survey-2025:0002"], parts.Select(p => p.Key));
        Assert.All(parts, p => Assert.Equal(batch.HtmlBody, p.HtmlBody));
    }

    [Fact]
    public void A_small_send_stays_one_batch_with_its_key()
    {
        var batch = new TestBatch().WithKey("one").WithStaff(1000).Build();

        Assert.Equal([batch], MailChunks.ForActivities(batch));
    }

    [Fact]
    public void The_fingerprint_tells_other_recipients_apart_but_not_other_letter_case()
    {
        var a = new[] { TestBatch.Staff(1), TestBatch.Staff(2) };
        var b = new[] { TestBatch.Staff(1), TestBatch.Staff(3) };
        var upper = a.Select(r => r with { Email = r.Email.ToUpperInvariant() });

        Assert.NotEqual(MailChunks.Fingerprint(a), MailChunks.Fingerprint(b));
        Assert.Equal(MailChunks.Fingerprint(a), MailChunks.Fingerprint(upper));
    }
}
