using Transformation.Platform.Localization;
using Transformation.Platform.Mail;

namespace Transformation.ThreeSixty.Rating;

/// <summary>The raters' mails: one batch a partition for both languages, each rater in their language with their own link.</summary>
public static class RatingMails
{
    public static Text InvitationSubject => ThreeSixtyRatingTexts.InvitationSubject;

    public static Text InvitationBody => ThreeSixtyRatingTexts.InvitationBody;

    public static Text ReminderSubject => ThreeSixtyRatingTexts.ReminderSubject;

    public static Text ReminderBody => ThreeSixtyRatingTexts.ReminderBody;

    /// <summary>The variant English readers get; Japanese is a batch's main content.</summary>
    public const string EnglishVariant = "en";

    public static string? VariantOf(Language language) => language == Language.En ? EnglishVariant : null;

    public static MailBatch Batch(string key, Text subject, Text body, IReadOnlyList<MailRecipient> recipients)
    {
        var ja = Content(Language.Ja, subject, body);
        return new MailBatch(key, ja.Subject, ja.TextBody, ja.HtmlBody, recipients)
        {
            Variants = new Dictionary<string, MailContent>(StringComparer.Ordinal) { [EnglishVariant] = Content(Language.En, subject, body) },
        };
    }

    private static MailContent Content(Language language, Text subject, Text body)
    {
        var text = body.In(language);
        return new MailContent(subject.In(language), text, MailHtml.FromText(text, "link"));
    }
}
