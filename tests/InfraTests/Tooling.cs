using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Transformation.InfraTests;

/// <summary>Output of one external process.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>Runs the Bicep CLI restored from the Azure.Bicep.CommandLine.linux-x64 package.</summary>
public static class BicepCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    private static readonly Lazy<string> Executable = new(Locate);

    public static string Path => Executable.Value;

    public static ProcessResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // No telemetry, no prompts: the tests run offline.
        startInfo.Environment["BICEP_TRACING_ENABLED"] = "false";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {Path}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"bicep {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new FileNotFoundException(
                "The Bicep CLI was not found where the Azure.Bicep.CommandLine.linux-x64 package should have put it. Run dotnet restore.",
                path);
        }

        if (OperatingSystem.IsWindows())
        {
            return path;
        }

        // NuGet extracts files without guaranteeing the execute bit for everyone: make sure.
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }

        return path;
    }
}

/// <summary>Where the repository's files are, found from the test assembly's folder upwards.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string InfraDirectory => System.IO.Path.Combine(Root, "infra-bicep");

    public static string MainBicep => System.IO.Path.Combine(InfraDirectory, "main.bicep");

    public static string File(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "infra-bicep", "main.bicep"))
                && System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "host.json")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No folder above the test assembly holds infra-bicep/main.bicep and host.json.");
    }
}

/// <summary>Small helpers for reading JSON nodes.</summary>
public static class Json
{
    public static string Text(JsonNode? node)
    {
        var text = (string?)node;
        Assert.False(string.IsNullOrEmpty(text), "expected a string value");
        return text;
    }
}
