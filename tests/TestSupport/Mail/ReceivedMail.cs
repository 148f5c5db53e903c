using System.Text.RegularExpressions;

namespace Transformation.Tests.Support.Mail;

/// <summary>A message as its recipient reads it: to whom, the subject and text with their values in, and when it was accepted.</summary>
public sealed partial record ReceivedMail(string Email, string Subject, string Text, DateTimeOffset At)
{
    /// <summary>The paths of the emailed action links (/links/{token}) in the text.</summary>
    public IReadOnlyList<string> ActionLinks => [.. ActionLink().Matches(Text).Select(m => m.Value).Distinct()];

    [GeneratedRegex(@"/links/[A-Za-z0-9_\-]+")]
    private static partial Regex ActionLink();
}
