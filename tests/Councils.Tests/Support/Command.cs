using Councils.Cli;

namespace Councils.Tests.Support;

/// <summary>What one run of the <c>councils</c> command printed and returned.</summary>
public sealed record CliRun(int Code, string Out, string Err)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {Code}\n--- stdout\n{Out}--- stderr\n{Err}";
}

/// <summary>Runs the <c>councils</c> command in this process, as <c>Program.cs</c> does, with its output captured.</summary>
public static class Command
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var code = await CommandLine.RunAsync(args, output, error, timeout.Token);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that must succeed: exit 0 and nothing on standard error.</summary>
    public static async Task<CliRun> OkAsync(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.True(run.Code == 0 && run.Err.Length == 0, $"councils {string.Join(' ', args)}\n{run}");
        return run;
    }
}
