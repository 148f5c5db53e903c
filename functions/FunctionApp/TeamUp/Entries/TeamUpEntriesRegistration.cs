using Microsoft.Extensions.DependencyInjection;

namespace Transformation.TeamUp.Entries;

public static class TeamUpEntriesRegistration
{
    public static IServiceCollection AddTeamUpEntries(this IServiceCollection services)
    {
        return services;
    }
}
