using System.Text.Json.Nodes;

namespace Transformation.InfraTests;

/// <summary>The timer schedules declared in workflows/schedules.json.</summary>
public static class Schedules
{
    public static IReadOnlyDictionary<string, string> Load()
    {
        var json = JsonNode.Parse(File.ReadAllText(Repo.File("workflows", "schedules.json")))!.AsObject();
        var schedules = json.ToDictionary(p => p.Key, p => (string?)p.Value ?? string.Empty);
        Assert.NotEmpty(schedules);
        return schedules;
    }
}
