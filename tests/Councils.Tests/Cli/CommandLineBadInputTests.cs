using Councils.Tests.Support;

namespace Councils.Tests.Cli;

/// <summary>Bad input on the command line: exit code 2, one line on standard error, nothing on standard output, nothing changed.</summary>
public sealed class CommandLineBadInputTests(CommandLineFixture fixture) : IClassFixture<CommandLineFixture>
{
    private const string Body = CommandLineFixture.Body;

    /// <summary>Each case: the words, and something the error must say.</summary>
    private static readonly Dictionary<string, (string[] Words, string Says)> Cases = new()
    {
        ["an unknown verb"] = (["frobnicate", "--body", Body], "frobnicate"),
        ["an option before the verb"] = (["--json", "body", "list"], "the verb comes first"),
        ["half a verb"] = (["motion", "--body", Body], "motion"),
        ["a missing option"] = (["vote", "--body", Body, "--motion", "1", "--choice", "yes"], "option --by is required"),
        ["an unknown option"] = (["body", "list", "--colour", "red"], "unknown option --colour"),
        ["an option without its value"] = (["vote", "--body", Body, "--motion", "1", "--choice", "yes", "--by"], "option --by needs a value"),
        ["an option given twice"] = (["vote", "--body", Body, "--body", Body, "--motion", "1", "--choice", "yes", "--by", "boris"], "given twice"),
        ["a stray word"] = (["body", "list", "everything"], "'everything'"),
        ["a stray word among options"] = (["decision", "--body", Body, "carried", "--motion", "3"], "'carried'"),
        ["a second file to verify that is not there"] = (["verify", "/nonexistent/councils/a.jsonl", "/nonexistent/councils/b.jsonl"], "a.jsonl"),
        ["a motion that is not a number"] = (["vote", "--body", Body, "--motion", "six", "--by", "boris", "--choice", "yes"], "whole number"),
        ["a vote by a non-member"] = (["vote", "--body", Body, "--motion", "1", "--by", "zed", "--choice", "yes"], "Only a member of bad-input-works"),
        ["a vote by someone unknown"] = (["vote", "--body", Body, "--motion", "1", "--by", "nobody", "--choice", "yes"], "nobody"),
        ["a duplicate vote"] = (["vote", "--body", Body, "--motion", "1", "--by", "ana", "--choice", "no"], "already cast a ballot"),
        ["a vote after the decision"] = (["vote", "--body", Body, "--motion", "3", "--by", "vera", "--choice", "no"], "decided"),
        ["an invalid choice"] = (["vote", "--body", Body, "--motion", "1", "--by", "boris", "--choice", "maybe"], "maybe"),
        ["an unknown body"] = (["body", "show", "no-such-body"], "no-such-body"),
        ["a vote in an unknown body"] = (["vote", "--body", "no-such-body", "--motion", "1", "--by", "ana", "--choice", "yes"], "no-such-body"),
        ["an unknown motion"] = (["decision", "--body", Body, "--motion", "99"], "99"),
        ["a decision not yet made"] = (["decision", "--body", Body, "--motion", "1"], "no decision yet"),
        ["an early close that is not settled"] = (["motion", "close", "--body", Body, "--motion", "1", "--by", "ana"], "could change its outcome"),
        ["a file that is not there"] = (["import", "/nonexistent/councils/export.jsonl"], "export.jsonl"),
    };

    public static TheoryData<string, string> Names => BothWays.Of(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task BadInput_ExitsTwoWithOneLineOnStandardError(string name, string how)
    {
        var (words, says) = Cases[name];
        string[] target = fixture.Target(how);
        var before = await Command.OkAsync(["log", "--body", Body, "--json", .. target]);

        var run = await Command.RunAsync([.. words, .. target]);

        Assert.True(run.Code == 2, run.ToString());
        Assert.Empty(run.Out);
        Assert.True(run.Err.EndsWith('\n') && run.ErrLines.Length == 1, $"not exactly one line on stderr:\n{run.Err}");
        Assert.StartsWith("councils: ", run.Err, StringComparison.Ordinal);
        Assert.Contains(says, run.Err, StringComparison.Ordinal);
        Assert.Equal(before.Out, (await Command.OkAsync(["log", "--body", Body, "--json", .. target])).Out);
    }
}
