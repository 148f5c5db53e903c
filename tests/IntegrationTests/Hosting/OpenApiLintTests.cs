using System.Diagnostics;
using Transformation.Tests.Support;

namespace Transformation.Tests.Hosting;

/// <summary>
/// The document the host serves passes Redocly's linter (the repository's redocly.yaml: the recommended rules, with
/// the few switched off that say why), so a client generator or a viewer can read it.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class OpenApiLintTests(LocalHostFixture fixture)
{
    private static readonly TimeSpan LintTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_served_openapi_document_passes_redocly_lint()
    {
        var document = await fixture.Host.Http.GetStringAsync("/api/openapi.json");
        var file = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document);
        try
        {
            var (exitCode, output) = await RedoclyLintAsync(file);

            Assert.True(exitCode == 0, "redocly lint found errors in /api/openapi.json:\n" + output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int ExitCode, string Output)> RedoclyLintAsync(string file)
    {
        // --no: use the CLI package.json installs (./test.sh runs npm ci), never fetch one on the fly.
        var start = new ProcessStartInfo("npx")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var config = Path.Combine(RepositoryPaths.Root, "redocly.yaml");
        foreach (var argument in new[] { "--no", "redocly", "lint", file, "--config", config, "--format=stylish" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("npx could not be started: install Node.js.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(LintTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"redocly lint did not finish within {LintTimeout.TotalMinutes:0} minutes");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
