using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Transformation.ThreeSixty.Nomination;

public static class ThreeSixtyNominationRegistration
{
    public static IServiceCollection AddThreeSixtyNomination(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ThreeSixtyNominationOptions>()
            .Bind(configuration.GetSection(ThreeSixtyNominationOptions.Section))
            .Validate(o => o.MinPeers is >= 1 and <= 20, "Setting ThreeSixty:Nomination:MinPeers must be 1 to 20 (fewest peers a subject nominates).")
            .Validate(o => o.MaxPeers >= o.MinPeers && o.MaxPeers <= 20,
                "Setting ThreeSixty:Nomination:MaxPeers must be at least MinPeers and at most 20.")
            .Validate(o => o.SubjectGrades.All(g => !string.IsNullOrWhiteSpace(g)),
                "Setting ThreeSixty:Nomination:SubjectGrades must list roster grades (e.g. \"課長\"), none of them empty.")
            .ValidateOnStart();
        services.AddSingleton<SubjectStore>();
        services.AddSingleton<SubjectRoster>();
        services.AddSingleton<NominationMails>();
        services.AddSingleton<AssignmentPlanner>();
        return services;
    }
}
