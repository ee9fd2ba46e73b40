using Councils.Tests.Support;
using static Councils.Tests.Cli.FederationVerbsFixture;
using static Councils.Tests.Support.Federated;

namespace Councils.Tests.Cli;

/// <summary>Bad input to the federation verbs: exit code 2, one line on standard error, nothing on standard output, no log changed.</summary>
public sealed class FederationVerbsBadInputTests(FederationVerbsFixture fixture) : IClassFixture<FederationVerbsFixture>
{
    /// <summary>Each case: the words (ITEM stands for the open item, ELECTION for Vyborg Side's open election), and something the error must say.</summary>
    private static readonly Dictionary<string, (string[] Words, string Says)> Cases = new()
    {
        ["a join without competences"] = (["federation", "join", A, Federation, "--by", "ana"], "option --competences is required"),
        ["a join without a federation"] = (["federation", "join", A, "--competences", "budget", "--by", "ana"], "the federation's id is required"),
        ["a join to a federation that is not an id"] = (["federation", "join", Outsider, "Not-A-Federation", "--competences", "budget", "--by", "otto"], "'Not-A-Federation' is not a body id"),
        ["a join to itself"] = (["federation", "join", Outsider, Outsider, "--competences", "budget", "--by", "otto"], "cannot join itself"),
        ["a second join"] = (["federation", "join", A, Federation, "--competences", "budget", "--by", "ana"], "already belongs to petrograd"),
        ["a competence that is not a name"] = (["federation", "join", Outsider, Federation, "--competences", "Trams!", "--by", "otto"], "'Trams!'"),
        ["a join by a non-member"] = (["federation", "join", Outsider, Federation, "--competences", "budget", "--by", "ana"], "Only a member of outsider-works"),
        ["a withdrawal from a federation never joined"] = (["federation", "withdraw", Outsider, Federation, "--by", "otto"], "does not belong to petrograd"),
        ["a withdrawal without --by"] = (["federation", "withdraw", A, Federation], "option --by is required"),
        ["a show of an unknown body"] = (["federation", "show", "no-such-body"], "no-such-body"),
        ["a show with a stray word"] = (["federation", "show", Federation, "everything"], "'everything'"),
        ["an election without candidates"] = (["delegates", "elect", A, Federation, "--by", "ana"], "option --candidates is required"),
        ["an election of one candidate"] = (["delegates", "elect", A, Federation, "--candidates", "ana", "--by", "ana"], "at least 2 candidates"),
        ["an election to an unknown federation"] = (["delegates", "elect", A, "no-such-federation", "--candidates", "ana,anton", "--by", "ana"], "does not belong to no-such-federation"),
        ["an election of someone unknown"] = (["delegates", "elect", A, Federation, "--candidates", "ana,nobody", "--by", "ana"], "'nobody'"),
        ["an election of a non-member"] = (["delegates", "elect", A, Federation, "--candidates", "ana,boris", "--by", "ana"], "only members stand for election"),
        ["a mandate neither allowed nor free"] = (["mandate", A, Federation, "ITEM", "--by", "ana"], "give --allow CHOICES (yes, no, abstain) or --free"),
        ["a mandate both allowed and free"] = (["mandate", A, Federation, "ITEM", "--allow", "yes", "--free", "--by", "ana"], "not both"),
        ["a mandate with two fallbacks"] = (["mandate", A, Federation, "ITEM", "--free", "--fallback", "no", "--fallback-free", "--by", "ana"], "give --fallback or --fallback-free, not both"),
        ["a mandate with a choice that is not one"] = (["mandate", A, Federation, "ITEM", "--allow", "yes,maybe", "--by", "ana"], "not 'maybe'"),
        ["a mandate on an item that is not a number"] = (["mandate", A, Federation, "tram", "--allow", "yes", "--by", "ana"], "must be a whole number, not 'tram'"),
        ["a mandate on an unknown item"] = (["mandate", A, Federation, "999", "--allow", "yes", "--by", "ana"], "no motion 999 in petrograd"),
        ["a mandate in an unknown federation"] = (["mandate", A, "no-such-federation", "ITEM", "--allow", "yes", "--by", "ana"], "does not belong to no-such-federation"),
        ["a mandate from a cell in no federation"] = (["mandate", Outsider, Federation, "ITEM", "--allow", "yes", "--by", "otto"], "does not belong to petrograd"),
        ["a mandate with a revision that is not a number"] = (["mandate", A, Federation, "ITEM", "--allow", "yes", "--revision", "last", "--by", "ana"], "option --revision must be a whole number"),
        ["a petition to recall a substitute"] = (["recall", "petition", C, Federation, "chaim", "--by", "clara"], "holds no seat of narva-gate in petrograd"),
        ["a petition in an unknown federation"] = (["recall", "petition", C, "no-such-federation", "cyril", "--by", "clara"], "does not belong to no-such-federation"),
        ["a petition naming someone unknown"] = (["recall", "petition", C, Federation, "nobody", "--by", "clara"], "'nobody'"),
        ["a petition without a delegate"] = (["recall", "petition", C, Federation, "--by", "clara"], "the delegate (handle or key) is required"),
        ["a recall of a substitute"] = (["recall", "open", C, Federation, "chaim", "--by", "clara"], "holds no seat of narva-gate in petrograd"),
        ["a recall of a non-member"] = (["recall", "open", C, Federation, "nobody", "--by", "clara"], "'nobody' is not a member of narva-gate"),
        ["a recall in an unknown body"] = (["recall", "open", "no-such-body", Federation, "cyril", "--by", "clara"], "no-such-body"),
        ["a ratification without an item"] = (["ratify", A, Federation, "--by", "ana"], "the agenda item (the federation's motion number) is required"),
        ["a ratification in an unknown federation"] = (["ratify", A, "no-such-federation", "ITEM", "--by", "ana"], "does not belong to no-such-federation"),
        ["an item on a matter the charter does not name"] = (["motion", "open", "--body", Federation, "--by", "ana", "--title", "Arm", "--matter", "defence"], "names no matter 'defence'"),
        ["an item on a matter no cell delegated"] = (["motion", "open", "--body", Federation, "--by", "ana", "--title", "Flats", "--matter", "housing"], "The competence 'housing' is not delegated"),
        ["a matter in a cell"] = (["motion", "open", "--body", A, "--by", "ana", "--title", "Trams", "--matter", "transport"], "decides its own motions"),
        ["an amendment without text"] = (["motion", "amend", "--body", Federation, "--motion", "ITEM", "--by", "ana"], "option --text is required"),
        ["an amendment by someone else than the proposer"] = (["motion", "amend", "--body", Federation, "--motion", "ITEM", "--text", "Other.", "--by", "boris"], "Only the proposer"),
        ["an amendment of an unknown motion"] = (["motion", "amend", "--body", Federation, "--motion", "999", "--text", "Other.", "--by", "ana"], "999"),
        ["a ballot on the item by a non-delegate"] = (["vote", "--body", Federation, "--motion", "ITEM", "--by", "anton", "--choice", "yes"], "Only a delegate"),
        ["a ranking naming someone unknown"] = (["vote", "--body", B, "--motion", "ELECTION", "--by", "bella", "--rank", "boris>nobody"], "'nobody'"),
    };

    public static TheoryData<string, string> Names => BothWays.Of(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task BadInput_ExitsTwoWithOneLineOnStandardErrorAndNoLogChanges(string name, string how)
    {
        var (words, says) = Cases[name];
        string[] target = fixture.Target(how);
        var before = await HeadsAsync(target);

        var run = await Command.RunAsync([.. words.Select(w => w switch { "ITEM" => $"{fixture.Item}", "ELECTION" => $"{fixture.Election}", _ => w }), .. target]);

        Assert.True(run.Code == 2, run.ToString());
        Assert.Empty(run.Out);
        Assert.True(run.Err.EndsWith('\n') && run.ErrLines.Length == 1, $"not exactly one line on stderr:\n{run.Err}");
        Assert.StartsWith("councils: ", run.Err, StringComparison.Ordinal);
        Assert.Contains(says, run.Err, StringComparison.Ordinal);
        Assert.Equal(before, await HeadsAsync(target));
    }

    /// <summary>Every body with the size of its log, and the last entry of each.</summary>
    private static async Task<string> HeadsAsync(string[] target)
    {
        var bodies = await Command.OkAsync(["body", "list", .. target]);
        var heads = new List<string>(bodies.OutLines);
        foreach (var body in new[] { Federation, A, B, C, Outsider })
            heads.Add((await Command.OkAsync(["log", "--body", body, "--json", .. target])).OutLines[^1]);
        return string.Join('\n', heads);
    }
}
