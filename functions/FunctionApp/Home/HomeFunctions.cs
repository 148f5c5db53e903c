using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Http;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.Home;

/// <summary>The home page: what waits for the signed-in person in every process, by role.</summary>
public sealed class HomeFunctions(IEnumerable<IHomeTasks> processes, RosterDirectory roster, PageRequests pages)
{
    [Function("HomePage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the signed-in person's work (sheets to decide, their own sheets, survey, Team-Up, HR tasks) with links to each page.")]
    public async Task<IActionResult> Home(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Root)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var caller = page.SignedIn;
        var person = await roster.CurrentSnapshotIdAsync(cancellationToken) is null
            ? null
            : await roster.GetPersonAsync(caller.StaffId, cancellationToken: cancellationToken);
        var sections = new List<HomeSection>();
        foreach (var process in processes.OrderBy(p => p.Order))
        {
            if (await process.ForAsync(caller, person, cancellationToken) is { } section)
            {
                sections.Add(section);
            }
        }

        return page.Render<HomePage>(HomeTexts.Title, new HomeView(person?.Name ?? "", sections));
    }
}
