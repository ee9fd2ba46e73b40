using Councils.Domain.Bodies;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Bodies;

public sealed class BodyStateHistoryTests
{
    private const int Histories = 300;

    [Fact]
    public void Fold_BallotsInAnyOrder_GiveTheSameState()
    {
        for (var seed = 1; seed <= Histories; seed++)
        {
            var history = RandomHistory.Make(seed);
            Assert.Equal(Describe(history.State), Describe(history.Replay(new Random(-seed))));
        }
    }

    [Fact]
    public void RandomHistories_CoverEveryOutcomeEffectAndOrder()
    {
        var histories = Enumerable.Range(1, Histories).Select(RandomHistory.Make).ToList();
        var motions = histories.SelectMany(h => h.State.Motions.Values).ToList();
        Assert.Equal([Outcome.Carried, Outcome.Rejected, Outcome.Lapsed], motions.Select(m => m.Decision!.Outcome).Distinct().Order());
        Assert.Equal(["consent", "majority", "qualified"], motions.Select(m => m.Method.Type).Distinct().Order());
        Assert.Contains(histories, h => h.State.CharterVersion.Version > 1);
        Assert.Contains(histories, h => h.State.Members.Values.Any(m => h.State.Motions.Values.Any(x => x.Decision!.Seq == m.AdmittedAtSeq)));
        Assert.Contains(histories, h => h.State.Members.Values.Any(m => m.AdmittedAtSeq > 0 && h.State.Motions.Values.All(x => x.Decision!.Seq != m.AdmittedAtSeq)));
        Assert.True(motions.Sum(m => m.Ballots.Count) > 3000);
        Assert.True(histories.Where(Reordered).Count() > Histories / 2);
    }

    [Fact]
    public void Decide_CountEqualsTheTallyOfTheBallots()
    {
        for (var seed = 1; seed <= Histories; seed++)
        {
            var history = RandomHistory.Make(seed);
            var cast = history.Ballots.ToLookup(b => b.Motion);
            foreach (var motion in history.State.Motions.Values)
            {
                var count = motion.Decision!.Count;
                var tally = cast[motion.Id].GroupBy(b => (string)b.Ballot["choice"]!).ToDictionary(g => g.Key, g => (long)g.Count());
                Assert.All(tally, t => Assert.Equal(t.Value, count[t.Key]));
                Assert.Equal(tally.Values.Sum(), count.Turnout);
                Assert.Equal(motion.Eligible.Count, count.Eligible);
                Assert.Equal(Expected(motion, tally), count.Outcome);
            }
        }
    }

    /// <summary>Whether a shuffled replay put any ballot at another seq than the history did.</summary>
    private static bool Reordered(RandomHistory history, int seed)
    {
        var replayed = history.Replay(new Random(-seed - 1));
        return replayed.Motions.Values.Any(m => m.Ballots.Values.Any(b => history.State.Motions[m.Id].Ballots[b.Member].Seq != b.Seq));
    }

    /// <summary>The outcome the rulebook gives, worked out here independently of the methods' code.</summary>
    private static Outcome Expected(Motion motion, Dictionary<string, long> tally)
    {
        long Of(string choice) => tally.GetValueOrDefault(choice);
        var (turnout, eligible) = (tally.Values.Sum(), (long)motion.Eligible.Count);
        if (turnout * motion.Quorum.Den < motion.Quorum.Num * eligible)
            return Outcome.Lapsed;
        var carried = motion.Method switch
        {
            Consent => Of("object") == 0,
            QualifiedMajority { Base: VoteBase.VotesCast } q => Of("yes") > Of("no") && Of("yes") * q.Threshold.Den >= q.Threshold.Num * (Of("yes") + Of("no")),
            QualifiedMajority q => Of("yes") > Of("no") && Of("yes") * q.Threshold.Den >= q.Threshold.Num * eligible,
            _ => Of("yes") > Of("no"),
        };
        return carried ? Outcome.Carried : Outcome.Rejected;
    }

    /// <summary>Everything the state holds, except where in the log each ballot and report sits.</summary>
    private static string Describe(BodyState state)
    {
        static string Key(Councils.Domain.Record.PublicKey key) => key.ToString();
        var lines = new List<string> { $"seq {state.Seq} at {state.LastAt}" };
        lines.AddRange(state.Members.OrderBy(m => Key(m.Key), StringComparer.Ordinal).Select(m => $"member {Key(m.Key)} {m.Value}"));
        lines.AddRange(state.CharterHistory.Values.Select(c => $"charter {c.Version} {c.Charter.ToJson().ToJsonString()} {c.Motion} {c.Seq}"));
        foreach (var motion in state.Motions.Values)
        {
            lines.Add($"motion {motion.Id} {motion.Method} {motion.Effect} {motion.ClosesAt} {motion.CharterVersion} eligible {motion.Eligible.Count}");
            lines.Add($"  decision {motion.Decision!.Outcome} {motion.Decision.Count.ToJson().ToJsonString()} {motion.Decision.CharterVersion} {motion.Decision.At} {motion.Decision.Seq}");
            lines.AddRange(motion.Ballots.Values.Select(b => $"  ballot {Key(b.Member)} {b.Ballot.ToJson().ToJsonString()}").Order(StringComparer.Ordinal));
            lines.AddRange(motion.MinorityReports.Select(r => $"  report {Key(r.Author)} {r.Text}").Order(StringComparer.Ordinal));
        }
        return string.Join('\n', lines);
    }
}
