using Microsoft.Extensions.DependencyInjection;
using Transformation.TeamUp.Publication;

namespace Transformation.TeamUp.Entries;

public static class TeamUpEntriesRegistration
{
    public static IServiceCollection AddTeamUpEntries(this IServiceCollection services)
    {
        services.AddSingleton<EntryService>();
        services.AddSingleton<PublicationService>();
        return services;
    }
}
