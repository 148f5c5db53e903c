using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// Tells each subject that their report is ready, in their language, with the link to the signed-in page. The mail
/// carries no figure: the report stays behind sign-in, for the subject alone.
/// </summary>
public sealed class ReportMails(
    ReportStore store, RosterDirectory roster, IMailer mailer, IOptions<AppOptions> app)
{
    public const string EnglishVariant = "en";

    /// <summary>
    /// Mails the subjects of this list who have a report; returns how many. The batch key is the round and the list,
    /// so the same call again sends nothing already sent.
    /// </summary>
    public async Task<int> SendAsync(Round round, IReadOnlyList<string> subjectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(subjectIds);
        var index = await roster.GetIndexAsync(round.SnapshotId, cancellationToken);
        var site = app.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/');
        var recipients = new List<MailRecipient>();
        var withReports = await store.WithReportsAsync(round.RoundId, [.. subjectIds.Distinct(StringComparer.Ordinal)], cancellationToken);
        foreach (var subjectId in subjectIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (index.Person(subjectId) is not { } person || !withReports.Contains(subjectId))
            {
                continue;
            }

            var path = ThreeSixtyReportTexts.ReportPath(round.RoundId);
            var link = site + (person.Language == Language.En ? path + "?lang=en" : path);
            recipients.Add(new MailRecipient(person.Email, person.Name, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["round"] = round.RoundId,
                ["link"] = link,
            })
            {
                Variant = person.Language == Language.En ? EnglishVariant : null,
            });
        }

        if (recipients.Count == 0)
        {
            return 0;
        }

        await mailer.SendAsync(Batch(BatchKey(round.RoundId, subjectIds), recipients), cancellationToken);
        return recipients.Count;
    }

    /// <summary>The key of one call's batch: the round and a digest of the subjects, whatever their order.</summary>
    public static string BatchKey(string roundId, IEnumerable<string> subjectIds)
    {
        var list = string.Join("\n", subjectIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return $"three-sixty-report:{roundId}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(list)))[..24]}";
    }

    private static MailBatch Batch(string key, IReadOnlyList<MailRecipient> recipients)
    {
        var ja = Content(Language.Ja);
        return new MailBatch(key, ja.Subject, ja.TextBody, ja.HtmlBody, recipients)
        {
            Variants = new Dictionary<string, MailContent>(StringComparer.Ordinal) { [EnglishVariant] = Content(Language.En) },
        };
    }

    private static MailContent Content(Language language)
    {
        var text = ThreeSixtyReportTexts.MailBody.In(language);
        return new MailContent(ThreeSixtyReportTexts.MailSubject.In(language), text, MailHtml.FromText(text, "link"));
    }
}
