using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using Transformation.Tests.Support;

namespace Transformation.Tests.Hosting;

/// <summary>
/// ./run.sh as a person runs it: started in a process group of its own, stopped by a SIGINT to that group, which is
/// what a terminal's Ctrl-C sends. It gets its own ports and its own Azurite (a separate account on free ports), so
/// the test sees the whole shutdown, Azurite included, without touching an Azurite that is already running.
/// </summary>
public sealed class RunScriptCtrlCTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Ctrl_C_stops_the_local_host_and_its_Azurite_within_15_seconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Process groups and /proc: the script targets Linux.
        }

        var run = new RunScript();
        try
        {
            await run.StartAsync();
            await run.WaitUntilHealthyAsync(StartTimeout);
            Assert.Equal(run.Pid, RunScript.ProcessGroup(run.Pid));
            var azurite = run.AzuritePid() ?? throw new InvalidOperationException("run.sh started no Azurite:\n" + run.Output);
            var group = RunScript.GroupMembers(run.Pid);
            Assert.True(group.Count >= 2, $"expected run.sh and the host in the group, found {group.Count}\n{run.Output}");
            Assert.DoesNotContain(azurite, group);

            var watch = Stopwatch.StartNew();
            await RunScript.SignalGroupAsync(run.Pid, "INT");

            Assert.True(await run.WaitForExitAsync(StopLimit), $"run.sh still runs {StopLimit.TotalSeconds} s after Ctrl-C\n{run.Output}");
            await Until(() => RunScript.GroupMembers(run.Pid).Count == 0 && !RunScript.Alive(azurite), watch);
            await Until(() => !run.AllPorts.Any(PortOpen), watch);

            Assert.True(watch.Elapsed < StopLimit, $"stopping took {watch.Elapsed.TotalSeconds:0.0} s\n{run.Output}");
            Assert.Equal(130, run.ExitCode);
            Assert.Contains("Application is shutting down", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("did not stop within", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            await run.KillEverythingAsync();
        }
    }

    private static async Task Until(Func<bool> done, Stopwatch since)
    {
        while (!done() && since.Elapsed < StopLimit)
        {
            await Task.Delay(100);
        }

        Assert.True(done(), $"not everything stopped within {StopLimit.TotalSeconds} s of Ctrl-C");
    }

    private static bool PortOpen(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>One run of ./run.sh with its own host ports, Azurite ports, Azurite account and data folder.</summary>
    private sealed class RunScript
    {
        private readonly ConcurrentQueue<string> _output = new();
        private readonly string _data = Directory.CreateTempSubdirectory("run-sh-test-").FullName;
        private Process? _process;
        private int? _azurite;

        public int HostPort { get; } = FreePort.Next();

        /// <summary>The durable sidecar's, then Azurite's blob, queue and table ports.</summary>
        public int[] Ports { get; } = [FreePort.Next(), FreePort.Next(), FreePort.Next(), FreePort.Next()];

        public IEnumerable<int> AllPorts => [HostPort, .. Ports];

        public int Pid => _process!.Id;

        public int ExitCode => _process!.ExitCode;

        public string Output => string.Join('\n', _output);

        public Task StartAsync()
        {
            // env --default-signal: whoever started the tests may have left SIGINT ignored, which a shell cannot trap.
            // setsid: a process group of run.sh's own, like a terminal's foreground job.
            var start = new ProcessStartInfo("setsid", ["env", "--default-signal=INT", "./run.sh"])
            {
                WorkingDirectory = RepositoryPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            const string account = "runshtest";
            var (sidecar, blob, queue, table) = (Ports[0], Ports[1], Ports[2], Ports[3]);
            start.Environment["LocalHost__Port"] = HostPort.ToString(CultureInfo.InvariantCulture);
            start.Environment["LocalHost__SidecarPort"] = sidecar.ToString(CultureInfo.InvariantCulture);
            start.Environment["AZURITE_DATA"] = _data;
            start.Environment["AZURITE_BLOB_PORT"] = blob.ToString(CultureInfo.InvariantCulture);
            start.Environment["AZURITE_QUEUE_PORT"] = queue.ToString(CultureInfo.InvariantCulture);
            start.Environment["AZURITE_TABLE_PORT"] = table.ToString(CultureInfo.InvariantCulture);
            start.Environment["AZURITE_ACCOUNTS"] = $"{account}:{key}";
            start.Environment["Storage__ConnectionString"] =
                $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={key};"
                + $"BlobEndpoint=http://127.0.0.1:{blob}/{account};QueueEndpoint=http://127.0.0.1:{queue}/{account};"
                + $"TableEndpoint=http://127.0.0.1:{table}/{account};";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

            _process = Process.Start(start) ?? throw new InvalidOperationException("./run.sh did not start.");
            _process.StandardInput.Close();
            _process.OutputDataReceived += (_, e) => Keep(e.Data);
            _process.ErrorDataReceived += (_, e) => Keep(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            return Task.CompletedTask;
        }

        public async Task WaitUntilHealthyAsync(TimeSpan timeout)
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HostPort}"), Timeout = TimeSpan.FromSeconds(10) };
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < timeout)
            {
                if (_process!.HasExited)
                {
                    throw new InvalidOperationException($"./run.sh exited with {_process.ExitCode} before the host was up:\n{Output}");
                }

                try
                {
                    using var response = await http.GetAsync(new Uri("/api/health", UriKind.Relative));
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Still building or starting.
                }

                await Task.Delay(500);
            }

            throw new TimeoutException($"The local host was not healthy within {timeout}:\n{Output}");
        }

        public async Task<bool> WaitForExitAsync(TimeSpan timeout)
        {
            try
            {
                await _process!.WaitForExitAsync().WaitAsync(timeout);
                return true;
            }
            catch (TimeoutException)
            {
                return false;
            }
        }

        /// <summary>The Azurite this run started: the process listening with this run's blob port.</summary>
        public int? AzuritePid()
        {
            var flag = $"--blobPort\0{Ports[1].ToString(CultureInfo.InvariantCulture)}\0";
            _azurite ??= Processes().Cast<int?>()
                .FirstOrDefault(pid => ReadOrEmpty($"/proc/{pid}/cmdline").Contains(flag, StringComparison.Ordinal));
            return _azurite;
        }

        public async Task KillEverythingAsync()
        {
            if (_process is { HasExited: false })
            {
                await SignalGroupAsync(Pid, "KILL");
            }

            if (_azurite is { } azurite && Alive(azurite))
            {
                await SignalGroupAsync(azurite, "KILL");
            }

            _process?.Dispose();
            try
            {
                Directory.Delete(_data, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }

        public static List<int> GroupMembers(int group) => Processes().Where(pid => ProcessGroup(pid) == group).ToList();

        public static bool Alive(int pid) => ReadOrEmpty($"/proc/{pid}/stat") is { Length: > 0 } stat && State(stat) != 'Z';

        /// <summary>kill -SIGNAL -- -group: the whole process group, as the terminal does.</summary>
        public static async Task SignalGroupAsync(int group, string signal)
        {
            using var kill = Process.Start("kill", [$"-{signal}", "--", $"-{group}"])
                ?? throw new InvalidOperationException("kill did not start.");
            await kill.WaitForExitAsync();
        }

        private static IEnumerable<int> Processes() =>
            Directory.EnumerateDirectories("/proc")
                .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
                .Where(pid => pid > 0);

        /// <summary>Field 5 of /proc/pid/stat, counted after the command name (which may hold spaces).</summary>
        public static int ProcessGroup(int pid)
        {
            var stat = ReadOrEmpty($"/proc/{pid}/stat");
            var fields = stat.Length == 0 ? [] : stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields.Length > 2 && State(stat) != 'Z' ? int.Parse(fields[2], CultureInfo.InvariantCulture) : -1;
        }

        private static char State(string stat) => stat[stat.LastIndexOf(')') + 2];

        private static string ReadOrEmpty(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return string.Empty;
            }
        }

        private void Keep(string? line)
        {
            if (line is not null)
            {
                _output.Enqueue(line);
            }
        }
    }
}
