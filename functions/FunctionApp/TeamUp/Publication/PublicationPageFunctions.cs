using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Hosting;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.TeamUp.Publication;

/// <summary>The publication page: every submitted entry by bureau, with the hours of work stopped, a keyword search and a bureau filter.</summary>
public sealed class PublicationPageFunctions(PublicationService publication, PageRequests pages, JapanTime japanTime)
{
    [Function("TeamUpPublicationPage")]
    [QueryParameter("q", "Keywords: every space-separated term must match (NFKC, case-insensitive, katakana = hiragana).")]
    [QueryParameter("bureau", "Only entries of this bureau (its code).")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the published entries of a season by bureau with hour totals, searchable by keyword (?q=) and filtered by bureau "
        + "(?bureau=); each links to the entry. Before the entry deadline it says when they will be published.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}/entries")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var result = await publication.ListAsync(seasonId, request.Query["q"].ToString(), request.Query["bureau"].ToString(), cancellationToken);
        var title = PublicationTexts.Title.With(seasonId);
        switch (result.Outcome)
        {
            case PublicationOutcome.NoSeason:
                return page.NotFound();
            case PublicationOutcome.NotYet:
                var notYet = PublicationApiFunctions.NotYet(japanTime.ToLocal(result.EntryDeadlineUtc!.Value));
                return page.Render<PublicationPage>(title, new PublicationPageView(null, notYet), StatusCodes.Status409Conflict);
            default:
                return page.Render<PublicationPage>(title, new PublicationPageView(result.View!, null));
        }
    }
}
