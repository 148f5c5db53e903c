namespace Transformation.Tests.Support;

/// <summary>Finds the repository and the built local host from wherever the tests run.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The local host built in the same configuration (Debug/Release) as the tests.</summary>
    public static string LocalHostDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
            var path = Path.Combine(Root, "functions", "LocalHost", "bin", configuration, "net10.0", "Transformation.LocalHost.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the local host was not found.", path);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Functions.sln) was not found above " + AppContext.BaseDirectory);
    }
}
