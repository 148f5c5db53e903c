using Microsoft.Extensions.Logging;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Platform.Storage;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Workflow;

namespace Transformation.Surveys.Participation;

/// <summary>What became of a person's request for their survey link again.</summary>
public enum LinkResendOutcome
{
    /// <summary>A fresh link went to their roster address; the earlier one no longer works.</summary>
    Sent,

    /// <summary>A link went to them a short while ago: nothing sent again (a double press, or someone pressing for fun).</summary>
    RecentlySent,

    /// <summary>The cycle is not open (or not known).</summary>
    NotOpen,

    /// <summary>They were not invited to this cycle, or have already answered.</summary>
    NotAwaited,
}

/// <summary>
/// A person who lost their invitation asks, from the home page, for their survey link again. It is the reminder for
/// one person: a fresh link to the address in the roster (never shown on a page, which may be a shared screen), the
/// earlier link superseded and the draft carried over. Only for someone invited who has not answered, and at most
/// once per <see cref="Window"/>, so pressing the button again does not fill their mailbox.
/// </summary>
public sealed partial class SurveyLinkResend(
    SurveyCycles cycles,
    SurveyInvitations invitations,
    Tables tables,
    RosterDirectory roster,
    MailClaims claims,
    IMailer mailer,
    JapanTime japan,
    TimeProvider clock,
    ILogger<SurveyLinkResend> log)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public async Task<LinkResendOutcome> ResendAsync(string cycleId, string staffId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!SurveyCycleIds.IsValid(cycleId) || await cycles.GetAsync(cycleId, cancellationToken) is not { } cycle || !cycle.IsOpenAt(now))
        {
            return LinkResendOutcome.NotOpen;
        }

        if (!await AwaitsAnswerAsync(cycle, staffId, cancellationToken)
            || await roster.GetPersonAsync(staffId, cancellationToken: cancellationToken) is not { } person)
        {
            return LinkResendOutcome.NotAwaited;
        }

        // One key per person and window: a second press in the window finds it sent (or being sent) and issues nothing.
        var window = now.ToUnixTimeSeconds() / (long)Window.TotalSeconds;
        var key = $"survey:{cycleId}:resend:{staffId}:{window}";
        var claim = await claims.ClaimAsync(key, 0, null, cancellationToken);
        if (claim.State != MailClaimState.Mine)
        {
            return LinkResendOutcome.RecentlySent;
        }

        var issued = await invitations.InviteAsync(cycleId, [person], cycle.ClosesAt, cancellationToken);
        if (issued.Links is not [var link])
        {
            await claims.ReleaseAsync(key, 0, claim.Owner, CancellationToken.None);
            return LinkResendOutcome.NotAwaited;
        }

        var recipient = new MailRecipient(link.Email, person.Name, new Dictionary<string, string>
        {
            ["link"] = link.Url.AbsoluteUri,
            ["deadline"] = DisplayDates.Format(japan.ToLocal(cycle.ClosesAt), link.Language),
            ["cycle"] = cycleId,
        })
        { Variant = SurveyCycleMails.VariantOf(link.Language) };
        // The new link is issued: send it even if the person closed the page meanwhile.
        var batch = SurveyCycleMails.Batch(key, SurveyCycleMails.ResendSubject, SurveyCycleMails.ResendBody, [recipient])
            with { ClaimOwner = claim.Owner };
        await mailer.SendAsync(batch, CancellationToken.None);
        LogResent(cycleId);
        return LinkResendOutcome.Sent;
    }

    /// <summary>Whether the person was invited to the cycle and has not answered: the home page offers the button then.</summary>
    public async Task<bool> AwaitsAnswerAsync(SurveyCycle cycle, string staffId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var partition = SurveyTokens.PartitionOf(staffId, cycle.Partitions);
        var table = await tables.GetAsync(SurveyInvitations.Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<ParticipationEntity>(SurveyTokens.PartitionKey(cycle.CycleId, partition),
            InvitationRows.Participation(staffId), ["Submitted"], cancellationToken);
        return row.HasValue && row.Value is { Submitted: false };
    }

    [LoggerMessage(LogLevel.Information, "Survey cycle {CycleId}: a survey link was sent again at its holder's request")]
    private partial void LogResent(string cycleId);
}
