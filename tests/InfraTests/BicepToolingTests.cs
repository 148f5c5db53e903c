namespace Transformation.InfraTests;

[Collection(DeploymentGroup.Name)]
public sealed class BicepToolingTests(DeploymentFixture deployment)
{
    [Fact]
    public void BicepCliIsThePinnedVersionAndRuns()
    {
        var result = BicepCli.Run(Repo.Root, TimeSpan.FromSeconds(60), "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0.49.2", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void MainBicepBuildsWithoutDiagnostics()
    {
        Assert.True(deployment.Build.ExitCode == 0, deployment.Build.StandardError);
        Assert.Equal(string.Empty, deployment.Build.StandardError.Trim());
        Assert.NotEmpty(deployment.Template);
    }

    [Fact]
    public void LinterReportsNoWarningsAndNoErrors()
    {
        var output = (deployment.Lint.StandardOutput + deployment.Lint.StandardError).Trim();

        Assert.True(deployment.Lint.ExitCode == 0, output);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void LinterConfigurationCatchesWhatItShould()
    {
        // Proves the lint check above can fail: the repository's bicepconfig.json, applied to a
        // template that breaks three rules, has to report each of them.
        var directory = Directory.CreateTempSubdirectory("infratests-lint-").FullName;
        try
        {
            File.Copy(Path.Combine(Repo.InfraDirectory, "bicepconfig.json"), Path.Combine(directory, "bicepconfig.json"));
            var file = Path.Combine(directory, "bad.bicep");
            File.WriteAllText(file, """
                param unused string
                @secure()
                param password string = 'hunter2'
                output login string = 'https://login.microsoftonline.com/${password}'
                """);

            var result = BicepCli.Run(directory, BicepCli.DefaultTimeout, "lint", file);
            var output = result.StandardOutput + result.StandardError;

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("no-unused-params", output, StringComparison.Ordinal);
            Assert.Contains("secure-parameter-default", output, StringComparison.Ordinal);
            Assert.Contains("no-hardcoded-env-urls", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void SnapshotsArePredictedWithoutDiagnostics()
    {
        foreach (var snapshot in new[] { deployment.Default, deployment.Azd })
        {
            Assert.True(snapshot.Process.ExitCode == 0, $"{snapshot}: {snapshot.Process.StandardOutput}{snapshot.Process.StandardError}");
            Assert.NotEmpty(snapshot.Resources);
            var diagnostics = snapshot.Root["diagnostics"]?.AsArray() ?? [];
            Assert.True(diagnostics.Count == 0, $"{snapshot}: {diagnostics.ToJsonString()}");
        }
    }
}
