using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Nomination;

/// <summary>
/// The nomination request: each subject, in their language, gets the link to their signed-in nomination page and
/// the deadline. No personal value but the name, so nothing secret travels in it; the page itself checks who asks.
/// </summary>
public sealed class NominationMails(
    SubjectRoster subjects, IMailer mailer, IOptions<AppOptions> app, JapanTime japan)
{
    /// <summary>The variant English readers get; Japanese is a batch's main content.</summary>
    public const string EnglishVariant = "en";

    /// <summary>
    /// Mails every subject selected for the round (not removed, not added later by HR, who are mailed when added),
    /// in batches of up to 1,000 ordered by staff id: a batch key per (round, batch), so a retried activity sends
    /// nothing twice. Returns how many subjects the batches hold.
    /// </summary>
    public async Task<int> SendAsync(Round round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var rows = (await subjects.ListAsync(round.RoundId, cancellationToken)).Where(r => !r.Removed && !r.AddedByHr).ToList();
        var roster = await subjects.RelationsAsync(round, cancellationToken);
        var people = rows.Select(r => roster.Person(r.SubjectId)).OfType<StaffMember>().ToList();
        var chunk = 0;
        foreach (var batch in people.Chunk(MailBatch.MaxRecipientsPerActivity))
        {
            await mailer.SendAsync(Batch($"three-sixty:{round.RoundId}:nomination:{chunk++}", round, batch), cancellationToken);
        }

        return people.Count;
    }

    /// <summary>Mails one subject HR added; one key per subject, so a second press sends nothing more.</summary>
    public async Task SendOneAsync(Round round, StaffMember subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(subject);
        await mailer.SendAsync(Batch($"three-sixty:{round.RoundId}:nomination:added:{subject.StaffId}", round, [subject]), cancellationToken);
    }

    private MailBatch Batch(string key, Round round, IReadOnlyList<StaffMember> people)
    {
        var page = app.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/') + $"/360/{round.RoundId}/nomination";
        var local = japan.ToLocal(round.NominationDeadline);
        var options = subjects.Settings;
        var recipients = people.Select(p => new MailRecipient(p.Email, p.Name, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["link"] = page + (p.Language == Language.En ? "?lang=en" : ""),
            ["round"] = round.RoundId,
            ["deadline"] = DisplayDates.Format(local, p.Language),
            ["min"] = options.MinPeers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["max"] = options.MaxPeers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        { Variant = p.Language == Language.En ? EnglishVariant : null }).ToList();
        var ja = Content(Language.Ja);
        return new MailBatch(key, ja.Subject, ja.TextBody, ja.HtmlBody, recipients)
        {
            Variants = new Dictionary<string, MailContent>(StringComparer.Ordinal) { [EnglishVariant] = Content(Language.En) },
        };
    }

    private static MailContent Content(Language language)
    {
        var text = ThreeSixtyNominationTexts.MailBody.In(language);
        return new MailContent(ThreeSixtyNominationTexts.MailSubject.In(language), text, MailHtml.FromText(text, "link"));
    }
}
