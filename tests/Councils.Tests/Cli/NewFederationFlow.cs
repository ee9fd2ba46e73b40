using System.Globalization;
using System.Text.RegularExpressions;
using Councils.Tests.Support;
using static Councils.Tests.Support.Federated;

namespace Councils.Tests.Cli;

/// <summary>
/// Federation from below as a new user types it: three cells join Petrograd, elect their delegates
/// and mandate them on an amended item; one delegate votes against the mandate and is refused; the
/// cell recalls them and the substitute votes; the federation decides by delegates, by referendum
/// and by ratification; a matter outside its competences is refused; a cell withdraws; all verifies.
/// </summary>
public sealed partial class NewFederationFlow(string[] target)
{
    private static readonly (string Cell, string Name)[] Names = [(A, "Putilov Works"), (B, "Vyborg Side"), (C, "Narva Gate")];

    /// <summary>Runs the flow against the node the target names (<c>--data DIR</c> or <c>--node URL</c>), writing the federation's charter to the file given.</summary>
    public async Task RunAsync(string charterFile)
    {
        await File.WriteAllTextAsync(charterFile, Charter().ToJsonString());
        Assert.Equal("Created federation 'Petrograd' with id petrograd.", (await OkAsync("body", "create", "--name", "Petrograd", "--kind", "federation", "--id", Federation, "--charter", charterFile)).Out.TrimEnd());
        foreach (var (cell, name) in Names)
        {
            var people = Cells.Single(c => c.Cell == cell).People;
            await OkAsync("body", "create", "--name", name, "--kind", "workplace-committee", "--founder", string.Join(',', people));
            var join = await OpenedAsync($"Join petrograd, delegating transport, budget, statutes \\(closes [^)]+\\)\\. If it carries, {cell} joins petrograd\\.",
                "federation", "join", cell, Federation, "--competences", "transport,budget,statutes", "--by", Handles(cell)[0]);
            await CarryAsync(cell, join);
        }
        var shown = await OkAsync("federation", "show", Federation);
        Assert.Equal(["Petrograd (federation, id petrograd)", "Matters: budget (referendum), housing (delegates), statutes (ratification), transport (delegates)", "Member bodies (3):"], shown.OutLines[..3]);
        Assert.Contains("  narva-gate: 3 members, delegates budget, statutes, transport", shown.OutLines);

        // Each cell elects its delegate among three candidates, named by handle.
        foreach (var (cell, _) in Names)
        {
            var candidates = string.Join(',', Handles(cell)[..3]);
            var election = await OpenedAsync($"Elect our delegates to petrograd \\(closes [^)]+\\)\\. Members rank the candidates: councils vote --body {cell} --motion \\d+ --by MEMBER --rank \"{string.Join('>', Handles(cell)[..3])}\"\\.",
                "delegates", "elect", cell, Federation, "--candidates", candidates, "--by", Handles(cell)[0]);
            await CarryAsync(cell, election, "--rank", string.Join('>', Handles(cell)[..3]));
        }
        var narva = await OkAsync("federation", "show", C);
        Assert.Equal(["Narva Gate (workplace-committee, id narva-gate)", "Federations (1):"], narva.OutLines[..2]);
        Assert.Matches("^    seat 1: Cyril \\([A-Za-z0-9_-]{43}\\) until \\d{4}-", narva.OutLines[3]);
        Assert.Contains("    substitutes: Clara, Chaim", narva.OutLines);

        // A delegate opens an item on transport and amends it; mandates read its revision from the federation.
        var item = await OpenedAsync("Tram line \\(closes [^)]+\\)\\. It is an agenda item on transport, decided by delegates, with the rolls of 3 member bodies\\.",
            "motion", "open", "--body", Federation, "--by", "ana", "--title", "Tram line", "--text", "Line 4.", "--matter", "transport");
        Assert.Equal($"Amended motion {item} of petrograd; it stands at revision 1.", (await OkAsync("motion", "amend", "--body", Federation, "--motion", $"{item}", "--text", "Line 4, to the Vyborg side.", "--by", "ana")).Out.TrimEnd());
        foreach (var (cell, allow) in new[] { (A, "yes"), (B, "yes,abstain"), (C, "no") })
            await CarryAsync(cell, await OpenedAsync($"Mandate on item {item} of petrograd: ", "mandate", cell, Federation, $"{item}", "--allow", allow, "--by", Handles(cell)[0]));
        var itemShown = await OkAsync("motion", "show", "--body", Federation, "--motion", $"{item}");
        Assert.Contains("Agenda item on transport, decided by delegates, revision 1", itemShown.OutLines);
        Assert.Contains("  narva-gate: 3 members; 1 seat; mandate bound to no (revision 1; free if amended after it)", itemShown.OutLines);
        Assert.Contains("  vyborg-side: 3 members; 1 seat; mandate latitude among yes, abstain (revision 1; free if amended after it)", itemShown.OutLines);

        // Narva Gate's delegate votes against the mandate: one line naming it, exit 2.
        var against = await RefusedAsync("vote", "--body", Federation, "--motion", $"{item}", "--by", "cyril", "--choice", "yes");
        Assert.Matches($"^councils: The mandate of narva-gate on item {item}, decided at seq \\d+ of its log, is bound to no; Cyril cannot vote yes\\.\n$", against);

        // The cell recalls Cyril; Clara, the first substitute, takes the seat; Cyril's ballot is refused.
        Assert.Matches("^Support for recalling cyril from petrograd recorded in narva-gate as event \\d+\\.\n$", (await OkAsync("recall", "petition", C, Federation, "cyril", "--by", "clara")).Out);
        await CarryAsync(C, await OpenedAsync("Recall Cyril from petrograd \\(closes [^)]+\\)\\. If it carries, Cyril's authority", "recall", "open", C, Federation, "cyril", "--by", "clara"), by: "clara");
        narva = await OkAsync("federation", "show", C);
        Assert.Matches("^    seat 1: Clara ", narva.OutLines[3]);
        Assert.Contains("    recalled: Cyril", narva.OutLines);
        Assert.Contains("recalled this delegate", await RefusedAsync("vote", "--body", Federation, "--motion", $"{item}", "--by", "cyril", "--choice", "no"), StringComparison.Ordinal);
        foreach (var (by, choice) in new[] { ("clara", "no"), ("ana", "yes"), ("boris", "abstain") })
            await OkAsync("vote", "--body", Federation, "--motion", $"{item}", "--by", by, "--choice", choice);
        var decided = await OkAsync("motion", "close", "--body", Federation, "--motion", $"{item}", "--by", "ana");
        Assert.Contains("Decision: CARRIED under charter version 1", decided.Out, StringComparison.Ordinal);
        Assert.Contains("\"totals\":{\"abstain\":\"3\",\"no\":\"3\",\"yes\":\"4\"}", decided.Out, StringComparison.Ordinal);

        // A referendum of every member, closed by the node once all have voted.
        var budget = await OpenedAsync("Depot budget", "motion", "open", "--body", Federation, "--by", "boris", "--title", "Depot budget", "--matter", "budget");
        foreach (var (cell, people) in Cells)
        {
            foreach (var person in people)
                await OkAsync("vote", "--body", Federation, "--motion", $"{budget}", "--by", Handle(person), "--choice", cell == C ? "no" : "yes");
        }
        Assert.Contains("Decision: CARRIED", (await OkAsync("motion", "close", "--body", Federation, "--motion", $"{budget}")).Out, StringComparison.Ordinal);

        // A ratification: two cells ratify, Narva Gate does not; a double majority carries it.
        var statutes = await OpenedAsync("Statutes", "motion", "open", "--body", Federation, "--by", "ana", "--title", "Statutes", "--matter", "statutes");
        foreach (var (cell, _) in Names)
        {
            var answer = await OpenedAsync($"Ratify item {statutes} of petrograd \\(closes [^)]+\\)\\. If it carries, {cell} ratifies item {statutes}", "ratify", cell, Federation, $"{statutes}", "--by", Handles(cell)[0]);
            await CarryAsync(cell, answer, "--choice", cell == C ? "no" : "yes");
        }
        var ratified = await OkAsync("motion", "close", "--body", Federation, "--motion", $"{statutes}");
        Assert.Contains("Decision: CARRIED", ratified.Out, StringComparison.Ordinal);
        Assert.Matches("\n  narva-gate: 3 members; 1 seat; answered rejected \\(event \\d+ of its log\\)\n", ratified.Out);
        Assert.Matches("\n  putilov-works: 4 members; 1 seat; answered carried \\(event \\d+ of its log\\)\n", ratified.Out);

        // A matter outside the federation's competences is refused, naming the competence (and who did not delegate it).
        Assert.Contains("names no matter 'defence'", await RefusedAsync("motion", "open", "--body", Federation, "--by", "ana", "--title", "Arm", "--matter", "defence"), StringComparison.Ordinal);
        var housing = await RefusedAsync("motion", "open", "--body", Federation, "--by", "ana", "--title", "Flats", "--matter", "housing");
        Assert.Contains("'housing'", housing, StringComparison.Ordinal);
        Assert.All(new[] { A, B, C }, cell => Assert.Contains(cell, housing, StringComparison.Ordinal));

        // Narva Gate withdraws; the federation records it; everything verifies.
        await CarryAsync(C, await OpenedAsync("Withdraw from petrograd", "federation", "withdraw", C, Federation, "--by", "cyril"), by: "cyril");
        Assert.Equal("Narva Gate (workplace-committee, id narva-gate) belongs to no federation.", (await OkAsync("federation", "show", C)).Out.TrimEnd());
        Assert.Contains("Member bodies (2):", (await OkAsync("body", "show", Federation)).OutLines);
        Assert.Contains("Federations (1):", (await OkAsync("body", "show", A)).OutLines);
        Assert.Matches("^Verified: 4 bodies, \\d+ events, \\d+ checkpoints, \\d+ decisions recounted, \\d+ citations of member bodies' logs checked\\. Everything holds\\.\n$", (await OkAsync("verify")).Out);
    }

    private Task<CliRun> OkAsync(params string[] words) => Command.OkAsync([.. words, .. target]);

    /// <summary>Runs a command that must be refused: exit 2, nothing on standard output, one line on standard error, which it returns.</summary>
    private async Task<string> RefusedAsync(params string[] words)
    {
        var run = await Command.RunAsync([.. words, .. target]);
        Assert.True(run.Code == 2 && run.Out.Length == 0 && run.ErrLines.Length == 1, run.ToString());
        return run.Err;
    }

    /// <summary>Runs a verb that opens a motion, checks its line, and returns the motion's id.</summary>
    private async Task<long> OpenedAsync(string says, params string[] words)
    {
        var run = await OkAsync(words);
        var match = OpenedLine().Match(run.Out);
        Assert.True(match.Success, run.ToString());
        Assert.Matches(says, match.Groups[2].Value);
        return long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Every member of the cell casts the ballot (yes unless given), then the proposer closes the motion.</summary>
    private async Task CarryAsync(string cell, long motion, string option = "--choice", string value = "yes", string? by = null)
    {
        foreach (var member in Handles(cell))
            await OkAsync("vote", "--body", cell, "--motion", $"{motion}", "--by", member, option, value);
        var closed = await OkAsync("motion", "close", "--body", cell, "--motion", $"{motion}", "--by", by ?? Handles(cell)[0]);
        Assert.Contains(value == "no" ? "Decision: REJECTED" : "Decision: CARRIED", closed.Out, StringComparison.Ordinal);
    }

    [GeneratedRegex("^Opened motion (\\d+) in [a-z-]+: (.*)\n$")]
    private static partial Regex OpenedLine();
}
