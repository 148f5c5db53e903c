using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.TeamUp.Entries;

namespace Transformation.TeamUp.Publication;

/// <summary>The published entries of a season as JSON, for every member of staff once the entry deadline has passed.</summary>
public sealed class PublicationApiFunctions(PublicationService publication, JapanTime japanTime)
{
    [Function("TeamUpPublishedEntries")]
    [QueryParameter("q", "Keywords: every space-separated term must match (NFKC, case-insensitive, katakana = hiragana).")]
    [QueryParameter("bureau", "Only entries of this bureau (its code).")]
    [ProducesResponseType<PublicationView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("The submitted entries of a season by bureau, each with the hours a month of work it stops, with per-bureau and "
        + "ministry-wide totals; ?q= keywords (Japanese: full/half width and katakana/hiragana alike, all terms must match, with an "
        + "excerpt per hit), ?bureau= a bureau code. 409 before the entry deadline.")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/team-up/seasons/{seasonId}/entries")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var result = await publication.ListAsync(seasonId, request.Query["q"].ToString(), request.Query["bureau"].ToString(), cancellationToken);
        return result.Outcome switch
        {
            PublicationOutcome.NoSeason => Problems.NotFound(http, EntryTexts.NoSuchSeason),
            PublicationOutcome.NotYet => Problems.Conflict(http, NotYet(japanTime.ToLocal(result.EntryDeadlineUtc!.Value))),
            _ => EntryJson.Result(result.View!, request),
        };
    }

    /// <summary>"Published after the deadline (its date in Japan time)".</summary>
    public static Text NotYet(DateTimeOffset deadlineLocal) => PublicationTexts.NotYet.With(DisplayDates.Both(deadlineLocal));
}
