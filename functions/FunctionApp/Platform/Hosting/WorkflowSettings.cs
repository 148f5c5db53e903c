using Microsoft.Extensions.Configuration;

namespace Transformation.Platform.Hosting;

/// <summary>
/// The declarative settings of each process live in workflows/*.json (schedules, deadlines, routes, rubrics).
/// They are the lowest layer of configuration: app settings and environment variables override them.
/// </summary>
public static class WorkflowSettings
{
    public const string Folder = "workflows";

    public static IConfigurationBuilder AddWorkflowSettings(this IConfigurationBuilder configuration, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var folder = Path.Combine(baseDirectory, Folder);
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"The workflow settings folder '{Folder}' was not found beside the app ({folder}).");
        }

        var files = Directory.GetFiles(folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        var index = 0;
        foreach (var file in files)
        {
            var source = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
            {
                Path = file,
                Optional = false,
                ReloadOnChange = false,
            };
            source.ResolveFileProvider();
            configuration.Sources.Insert(index++, source);
        }

        return configuration;
    }
}
