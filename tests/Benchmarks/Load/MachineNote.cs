using System.Globalization;

namespace Transformation.Benchmarks.Load;

/// <summary>What else the machine was doing: the load average (1, 5, 15 min) and the core count, for the report.</summary>
public static class MachineNote
{
    public static string Now()
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        return string.Create(CultureInfo.InvariantCulture,
            $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z, {Environment.ProcessorCount} cores, load average {load}, .NET {Environment.Version}");
    }
}
