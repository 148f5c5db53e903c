using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Import;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;

namespace Transformation.Organisation;

public static class OrganisationRegistration
{
    /// <summary>Room for the multipart form around an uploaded roster file.</summary>
    public const long UploadMargin = 1024 * 1024;

    public static IServiceCollection AddOrganisation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OrganisationOptions>()
            .Bind(configuration.GetSection(OrganisationOptions.Section))
            .Validate(o => o.MaxImportBytes > 0, "Setting Organisation:MaxImportBytes must be a positive number of bytes.")
            .Validate<IOptions<HttpLimitOptions>>((o, http) => o.MaxImportBytes + UploadMargin <= http.Value.MaxUploadBytes,
                "Setting Organisation:MaxImportBytes must leave 1 MiB below Http:MaxUploadBytes for the form around the file.")
            .Validate(o => o.MaxImportRows > 0, "Setting Organisation:MaxImportRows must be positive.")
            .Validate(o => o.SnapshotPartitions is > 0 and <= 100, "Setting Organisation:SnapshotPartitions must be between 1 and 100.")
            .Validate(o => o.WriteParallelism > 0, "Setting Organisation:WriteParallelism must be positive.")
            .Validate(o => o.CachedSnapshots > 0, "Setting Organisation:CachedSnapshots must be positive.")
            .Validate(o => o.MaxReportedErrors > 0, "Setting Organisation:MaxReportedErrors must be positive.")
            .Validate(
                o => o.HeadGrades.All(g => !string.IsNullOrWhiteSpace(g)),
                "Setting Organisation:HeadGrades has an empty grade (e.g. [\"課長\",\"室長\"]).")
            .ValidateOnStart();
        services.AddSingleton<RosterStore>();

        // One directory per process: its cache of snapshot indexes is what makes look-ups cheap.
        services.AddSingleton<RosterDirectory>();
        services.AddSingleton<RosterImporter>();
        services.AddSingleton<CallerLanguage>();
        services.Replace(ServiceDescriptor.Singleton<IReaderLanguage>(sp => sp.GetRequiredService<CallerLanguage>()));
        services.AddSingleton<IRosterIdentities, RosterIdentities>();
        return services;
    }
}
