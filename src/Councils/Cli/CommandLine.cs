using Councils.Cli.Verbs;
using Councils.Domain;

namespace Councils.Cli;

/// <summary>
/// The <c>councils</c> command: finds the verb, runs it, and turns every refusal into one line on
/// standard error with exit code 2 (1 for a failure that is not the caller's).
/// </summary>
internal static class CommandLine
{
    private static readonly Verb[] Verbs =
    [
        ServeVerb.Verb, DemoVerb.Verb,
        BodyVerbs.Create, BodyVerbs.List, BodyVerbs.Show,
        MemberAddVerb.Verb,
        MotionVerbs.Open, MotionVerbs.Show, MotionVerbs.Amend, MotionVerbs.Close,
        DiscussVerb.Verb, VoteVerb.Verb, ReportVerb.Verb, DecisionVerb.Verb,
        FederationVerbs.Join, FederationVerbs.Withdraw, FederationVerbs.Show,
        DelegatesElectVerb.Verb, MandateVerb.Verb, RecallVerbs.Petition, RecallVerbs.Open, RatifyVerb.Verb,
        LogVerb.Verb, ExportVerb.Verb, ImportVerb.Verb, VerifyVerb.Verb, RebuildVerb.Verb,
        CountVerb.Verb, PlanVerb.Solve, PlanVerifyVerb.Verb, PlanGenerateVerb.Verb,
    ];

    public static async Task<int> RunAsync(string[] words, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var verb = Verbs
            .Where(v => v.Words.Length <= words.Length && v.Words.SequenceEqual(words.Take(v.Words.Length), StringComparer.Ordinal))
            .MaxBy(v => v.Words.Length);
        if (verb is null && words.Length > 0 && words[0] is not ("help" or "--help"))
        {
            // Like every other refusal: one line, so a script can show it as it is.
            var named = string.Join(' ', words.TakeWhile(w => !w.StartsWith("--", StringComparison.Ordinal)));
            await error.WriteLineAsync(named.Length == 0
                ? "councils: the verb comes first, then its options; councils --help lists the verbs."
                : $"councils: '{named}' is not a verb; councils --help lists them.");
            return 2;
        }
        if (verb is null || words.Skip(verb.Words.Length).Contains("--help"))
        {
            await output.WriteLineAsync(verb is null ? Usage() : $"usage: councils {verb.Usage}\n{verb.Summary}");
            return 0;
        }
        try
        {
            var args = Args.Parse(words[verb.Words.Length..]);
            await using var context = new CliContext(args, output, error, ct);
            return await verb.RunAsync(context);
        }
        catch (Exception e) when (IsCallersFault(e))
        {
            await error.WriteLineAsync($"councils: {OneLine(e.Message)}");
            return 2;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await error.WriteLineAsync($"councils: failed: {OneLine(e.Message)}");
            return 1;
        }
    }

    private static bool IsCallersFault(Exception e) => e switch
    {
        UsageException or RuleViolation or FormatException or FileNotFoundException or DirectoryNotFoundException => true,
        RemoteProblem p => p.Status is >= 400 and < 500,
        _ => false,
    };

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    private static string Usage() =>
        "usage: councils <verb> [options]   (councils <verb> --help for one verb)\n" +
        string.Join('\n', Verbs.Select(v => $"  {v.Usage,-60} {v.Summary}")) +
        "\nEvery verb acts on ./councils-data (--data DIR), a PostgreSQL database (--postgres CONN), or a running node (--node URL).";
}
