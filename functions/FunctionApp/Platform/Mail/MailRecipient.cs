namespace Transformation.Platform.Mail;

/// <summary>
/// One addressee of a <see cref="MailBatch"/> and the values of the batch's placeholders for them
/// (e.g. "link" for their personal approval link). "name" and "email" default to <see cref="Name"/> and <see cref="Email"/>.
/// </summary>
public sealed record MailRecipient(string Email, string Name, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>Which of the batch's <see cref="MailBatch.Variants"/> this person gets; null for the batch's main content.</summary>
    public string? Variant { get; init; }

    /// <summary>The caller's values, plus "name" and "email" unless the caller gave them.</summary>
    public IReadOnlyDictionary<string, string> ValuesWithDefaults()
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = Name ?? "",
            ["email"] = Email ?? "",
        };
        foreach (var (key, value) in Values ?? new Dictionary<string, string>())
        {
            all[key] = value ?? "";
        }

        return all;
    }
}
