using System.Text.RegularExpressions;
using Councils.Tests.Support;

namespace Councils.Tests.Cli;

/// <summary>
/// The README's tour as a new user types it: a workplace committee, five members added, a motion,
/// four ballots, a minority report, the proposer's early close and the decision. Each step's output
/// is checked as it comes.
/// </summary>
public static partial class NewUserFlow
{
    public const string Body = "red-star-workshop";
    public const long Motion = 6;

    /// <summary>Runs the tour against the node named by <paramref name="target"/> (<c>--data DIR</c> or <c>--node URL</c>).</summary>
    public static async Task RunAsync(string[] target)
    {
        var created = await Command.OkAsync(["body", "create", "--name", "Red Star Workshop", "--kind", "workplace-committee", "--founder", "Ana", .. target]);
        Assert.Equal("Created workplace-committee 'Red Star Workshop' with id red-star-workshop.\n", created.Out);

        foreach (var name in new[] { "Boris", "Vera", "Gleb", "Dora", "Egor" })
        {
            var added = await Command.OkAsync(["member", "add", "--body", Body, "--by", "ana", "--name", name, .. target]);
            Assert.Matches($"^Admitted {name} to red-star-workshop \\(handle {name.ToLowerInvariant()}, key [A-Za-z0-9_-]{{43}}\\)\\.\n$", added.Out);
        }

        var opened = await Command.OkAsync(["motion", "open", "--body", Body, "--by", "ana", "--title", "Four-day week from March", .. target]);
        Assert.Matches("^Opened motion 6 in red-star-workshop: Four-day week from March \\(closes \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\)\\.\n$", opened.Out);

        var seq = 7;
        foreach (var (by, choice) in new[] { ("ana", "yes"), ("boris", "yes"), ("vera", "yes"), ("gleb", "abstain") })
        {
            var voted = await Command.OkAsync(["vote", "--body", Body, "--motion", "6", "--by", by, "--choice", choice, .. target]);
            Assert.Matches($"^Ballot recorded on motion 6 of red-star-workshop as event {seq++} \\([0-9a-f]{{64}}\\)\\.\n$", voted.Out);
        }

        var reported = await Command.OkAsync(["report", "--body", Body, "--motion", "6", "--by", "dora", "--text", "We should ask the canteen first.", .. target]);
        Assert.Equal("Minority report attached to motion 6 of red-star-workshop as event 11.\n", reported.Out);

        var closed = await Command.OkAsync(["motion", "close", "--body", Body, "--motion", "6", "--by", "ana", .. target]);
        Assert.Contains("Decision: CARRIED under charter version 1", closed.Out, StringComparison.Ordinal);

        var decision = await Command.OkAsync(["decision", "--body", Body, "--motion", "6", .. target]);
        Assert.Equal("Motion 6 of red-star-workshop: Four-day week from March", decision.OutLines[0]);
        Assert.Contains("Ballots: 4 of 6 eligible", decision.OutLines);
        Assert.Equal(["Ana", "Boris", "Vera", "Gleb"], decision.OutLines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim().Split(' ')[0]));
        Assert.Matches(DecisionLine(), decision.Out);
        Assert.Contains("""Count: {"eligible":6,"objections":[],"quorum":3,"tallies":{"abstain":1,"no":0,"yes":3},"turnout":4}""", decision.OutLines);
        Assert.Equal("Minority report by Dora: We should ask the canteen first.", decision.OutLines[^1]);

        var log = await Command.OkAsync(["log", "--body", Body, .. target]);
        Assert.Equal(13, log.OutLines.Length);
        string[] kinds = ["body.created", .. Enumerable.Repeat("member.admitted", 5), "motion.opened", .. Enumerable.Repeat("ballot.cast", 4), "minority-report.attached", "motion.decided"];
        Assert.Equal(kinds, log.OutLines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3]));
        Assert.Equal(Enumerable.Range(0, 13).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), log.OutLines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]));

        var shown = await Command.OkAsync(["body", "show", Body, .. target]);
        Assert.Equal("Red Star Workshop (workplace-committee, id red-star-workshop), charter version 1, log of 13 events", shown.OutLines[0]);
        Assert.Contains("Members (6):", shown.OutLines);
        Assert.Matches("#6 +Decided +carried +4 ballots  Four-day week from March", shown.Out);
    }

    [GeneratedRegex("\nDecision: CARRIED under charter version 1, recorded \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC \\(event 12\\)\n")]
    private static partial Regex DecisionLine();
}
