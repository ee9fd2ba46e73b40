using Xunit.Abstractions;

namespace Councils.Domain.Tests.Federations;

/// <summary>Random histories of a federation and its cells against the reference model (see <see cref="FederationHistory"/>).</summary>
public sealed class FederationModelTests(ITestOutputHelper output)
{
    private const int Seeds = 200;
    private const int Steps = 60;

    /// <summary>What the histories must reach, so that agreeing with the model is not agreeing about nothing.</summary>
    private static readonly string[] Reached =
    [
        "join: accepted", "join: already-a-member", "withdraw: accepted", "withdraw: not-affiliated",
        "elect: accepted", "elect: rotation", "elect: not-a-member", "elect: not-affiliated",
        "petition: accepted", "petition: not-a-delegate", "petition: not-a-member",
        "recall: accepted", "recall: recall-support", "recall: not-a-delegate",
        "mandate: accepted", "answer: accepted",
        "record-of-federation.join: accepted", "record-of-federation.withdraw: accepted",
        "record-of-delegates.elect: accepted",
        "record-of-delegate.recall: accepted", "record-of-delegate.recall: not-a-delegate",
        "record-of-mandate.set: accepted", "record-of-mandate.set: motion-closed", "record-of-mandate.set: payload-invalid",
        "record-of-mandate.set: unknown-motion", "record-of-mandate.set: not-affiliated",
        "record-of-ratification.answer: accepted", "record-of-ratification.answer: already-decided",
        "open-item: accepted", "open-item: competence", "open-item: not-a-member", "open-item: recalled",
        "amend: accepted", "amend: author", "amend: motion-closed",
        "ballot: accepted", "ballot: mandate", "ballot: recalled", "ballot: term-ended", "ballot: not-eligible",
        "ballot: ballot-duplicate", "ballot: motion-closed", "ballot: not-a-member",
        "referendum: accepted", "referendum: ballot-duplicate", "referendum: not-eligible",
        "refusal: accepted", "refusal: refusal-unfounded", "refusal: payload-invalid",
        "decide: accepted", "decide: not-settled", "decide: already-decided",
        "decision-Delegates: carried", "decision-Delegates: rejected", "decision-Delegates: lapsed",
        "decision-Referendum: carried", "decision-Referendum: rejected",
        "decision-Ratification: carried", "decision-Ratification: rejected",
        "stray-record-in-cell: body-kind-mismatch", "stray-matter-in-cell: body-kind-mismatch", "stray-person-records: citation",
    ];

    [Fact]
    public void RandomHistories_AgreeWithTheModel_AndKeepTheInvariants()
    {
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var seed = 0; seed < Seeds; seed++)
        {
            foreach (var (key, count) in FederationHistory.Run(seed, Steps).Outcomes)
                outcomes[key] = outcomes.GetValueOrDefault(key) + count;
        }
        output.WriteLine(string.Join("\n", outcomes.Select(o => $"{o.Key} ×{o.Value}")));
        var missing = Reached.Where(r => !outcomes.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0,
            $"No history reached {string.Join("; ", missing)}. Reached: {string.Join("; ", outcomes.Select(o => $"{o.Key} ×{o.Value}"))}");
    }
}
