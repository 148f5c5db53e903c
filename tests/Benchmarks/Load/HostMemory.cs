using System.Globalization;

namespace Transformation.Benchmarks.Load;

/// <summary>
/// Samples a process's resident memory once a second from /proc/{pid}/status: VmRSS (now) and VmHWM (the kernel's
/// peak since start), and its CPU time. Each sample carries the phase the run was in, so a phase's steady state can be read apart.
/// </summary>
public sealed class HostMemory : IAsyncDisposable
{
    private readonly int _pid;
    private readonly List<(string Phase, double RssMiB)> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private volatile string _phase = "start";

    public HostMemory(int pid)
    {
        _pid = pid;
        _loop = Task.Run(LoopAsync);
    }

    public string Phase
    {
        get => _phase;
        set => _phase = value;
    }

    /// <summary>The kernel's high-water mark of the process's resident set, in MiB.</summary>
    public double PeakMiB => Read("VmHWM:");

    public double CurrentMiB => Read("VmRSS:");

    /// <summary>CPU time the process has used (user + system), from /proc/{pid}/stat.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            try
            {
                // Fields after the command name (which is in parentheses): utime and stime are the 12th and 13th, in clock ticks (100 a second).
                var stat = File.ReadAllText($"/proc/{_pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                return TimeSpan.FromSeconds(ticks / 100.0);
            }
            catch (IOException)
            {
                return TimeSpan.Zero;
            }
        }
    }

    /// <summary>Median and maximum of the samples taken in <paramref name="phase"/>.</summary>
    public (double Median, double Max, int Samples) Of(string phase)
    {
        List<double> values;
        lock (_samples)
        {
            values = _samples.Where(s => s.Phase == phase).Select(s => s.RssMiB).Order().ToList();
        }

        return values.Count == 0 ? (double.NaN, double.NaN, 0) : (values[values.Count / 2], values[^1], values.Count);
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var rss = Read("VmRSS:");
            if (!double.IsNaN(rss))
            {
                lock (_samples)
                {
                    _samples.Add((_phase, rss));
                }
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private double Read(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    // "VmRSS:	  123456 kB"
                    var kb = long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return kb / 1024.0;
                }
            }
        }
        catch (IOException)
        {
            // The process has gone.
        }

        return double.NaN;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
