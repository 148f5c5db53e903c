namespace Transformation.Tests;

/// <summary>Screenshots land in TestResults/screenshots beside the test output, for a person to look at.</summary>
public static class Artifacts
{
    public static string PathFor(string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
