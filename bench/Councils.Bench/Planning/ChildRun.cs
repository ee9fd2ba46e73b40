using System.Diagnostics;

namespace Councils.Bench.Planning;

/// <summary>
/// Runs one measurement as a child process of this benchmark (<c>MODE --child CONFIGURATION ARGS…</c>), so that its
/// peak working set is its own, and reads back the last result line it printed.
/// </summary>
internal static class ChildRun
{
    public static T Start<T>(string mode, string configuration, IEnumerable<string> args, Func<string, T?> parse)
        where T : class
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            start.ArgumentList.Add(typeof(ChildRun).Assembly.Location);
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add("--child");
        start.ArgumentList.Add(configuration);
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a child run");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split('\n').Select(l => parse(l.TrimEnd('\r'))).LastOrDefault(x => x is not null)
            ?? throw new InvalidOperationException($"the child run {mode} {configuration} exited {process.ExitCode} without a result: {output}");
    }

    /// <summary>The 1, 5 and 15 minute load averages, to print beside each run on a shared machine.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
