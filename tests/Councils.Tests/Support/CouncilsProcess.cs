using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace Councils.Tests.Support;

/// <summary>
/// The built <c>councils</c> command run as its own process (<c>dotnet councils.dll …</c>, the
/// councils.dll copied beside this test assembly), for what only a real process shows: the README's
/// first command, and a node killed with SIGKILL.
/// </summary>
public sealed partial class CouncilsProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _output = [];
    private readonly StringBuilder _errors = new();

    private CouncilsProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                _lines.Writer.TryComplete();
            else
                _lines.Writer.TryWrite(e.Data);
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
                _errors.AppendLine(e.Data);
        };
    }

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "councils.dll");

    /// <summary>The URL the node said it runs at, with its trailing slash.</summary>
    public string Url { get; private set; } = "";

    /// <summary>What the process printed on standard output up to the URL.</summary>
    public IReadOnlyList<string> Output => _output;

    public int Id => _process.Id;

    public string Errors
    {
        get
        {
            lock (_errors)
                return _errors.ToString();
        }
    }

    /// <summary>Starts <c>councils</c> with the words given and waits for the line that says where it runs.</summary>
    public static async Task<CouncilsProcess> StartServerAsync(TimeSpan timeout, params string[] words)
    {
        if (!File.Exists(Dll))
            throw new FileNotFoundException("councils.dll is not beside the test assembly; build tests/Councils.Tests.", Dll);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Dll);
        foreach (var word in words)
            start.ArgumentList.Add(word);
        foreach (var variable in new[] { "COUNCILS_NODE", "COUNCILS_DATA", "COUNCILS_POSTGRES" })
            start.Environment.Remove(variable);
        var process = new CouncilsProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        try
        {
            using var deadline = new CancellationTokenSource(timeout);
            await foreach (var line in process._lines.Reader.ReadAllAsync(deadline.Token))
            {
                process._output.Add(line);
                if (RunningAt().Match(line) is { Success: true } match)
                {
                    process.Url = match.Groups[1].Value;
                    return process;
                }
            }
            throw new InvalidOperationException($"councils exited ({process.ExitCode()}) before saying where it runs.\n{process.Describe()}");
        }
        catch (OperationCanceledException)
        {
            await process.DisposeAsync();
            throw new TimeoutException($"councils did not say where it runs within {timeout}.\n{process.Describe()}");
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts <c>councils</c> with the words given and <c>--urls</c> on a free loopback port. A port found free may be
    /// taken before the server binds it (by another test, or by one of the many connections a test just closed): when
    /// the server says its address is in use, it is started again on another port, for a few seconds.
    /// </summary>
    public static async Task<CouncilsProcess> StartServerOnFreePortAsync(TimeSpan timeout, params string[] words)
    {
        var retryUntil = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                return await StartServerAsync(timeout, [.. words, "--urls", FreePort.LoopbackUrl()]);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase) && DateTime.UtcNow < retryUntil)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    /// <summary>Kills the process at once: on Linux, SIGKILL. Nothing it has not already made durable survives.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        finally
        {
            _process.Dispose();
        }
    }

    private string ExitCode() => _process.HasExited ? _process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "running";

    private string Describe() => $"--- stdout\n{string.Join('\n', _output)}\n--- stderr\n{Errors}";

    [GeneratedRegex("^Councils is running at (http://[^ ]+/) ")]
    private static partial Regex RunningAt();
}
