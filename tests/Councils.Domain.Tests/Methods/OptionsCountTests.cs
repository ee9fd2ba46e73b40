using System.Text.Json.Nodes;
using Councils.Domain.Methods;
using Councils.Domain.Record;

namespace Councils.Domain.Tests.Methods;

/// <summary>Motions with several options counted through the fold: open, cast, decide, apply.</summary>
public sealed class OptionsCountTests
{
    private const string Approval = """{"type":"approval","options":["a","b","c"],"seats":1,"seed":7}""";
    private const string ApprovalTwo = """{"type":"approval","options":["a","b","c"],"seats":2,"seed":7}""";
    private const string Score = """{"type":"score","options":["a","b","c"],"max":5,"seats":1,"seed":7}""";
    private const string Schulze = """{"type":"schulze","options":["a","b","c"],"strength":"winning","statusQuo":null,"threshold":null,"seed":7}""";
    private const string SchulzeMargin = """{"type":"schulze","options":["a","b","c"],"strength":"margin","statusQuo":null,"threshold":null,"seed":7}""";
    private const string KeepTwoThirds = """{"type":"schulze","options":["change","keep"],"strength":"winning","statusQuo":"keep","threshold":{"num":2,"den":3},"seed":7}""";
    private const string KeepThreeQuarters = """{"type":"schulze","options":["change","keep"],"strength":"winning","statusQuo":"keep","threshold":{"num":3,"den":4},"seed":7}""";
    private const string Scottish = """{"type":"stv","rules":"scottish","options":["a","b","c","d"],"seats":2,"seed":7}""";
    private const string Meek = """{"type":"stv","rules":"meek","options":["a","b","c","d"],"seats":2,"seed":7}""";
    private const string Irv = """{"type":"irv","options":["a","b","c"],"seed":7}""";
    private const string StvBallots = "a>b|a>b|a>b|a>b|c|c|d>c|b";

    [Theory]
    // method, members, ballots ('|' between members; quorum 1/2) → outcome, winners in order, ties
    [InlineData(Approval, 5, "a,b|b|b,c|a", "carried", "b", "")]
    [InlineData(ApprovalTwo, 5, "a,b|b|b,c|a", "carried", "b,a", "")]
    [InlineData(Approval, 5, "a,b|b", "lapsed", "b", "")]                  // 2 of 5 misses the quorum of 3
    [InlineData(Approval, 4, "|||a", "carried", "a", "")]                   // blank ballots reach the quorum and count for no option
    [InlineData(Approval, 4, "||", "rejected", "*", "a b c")]               // all blank: nothing was chosen
    [InlineData(Score, 3, "a=5,b=3|b=5|a=1,c=5", "carried", "b", "")]       // totals a 6, b 8, c 5
    [InlineData(Score, 3, "a=5|b=5|c=4,a=1", "carried", "a", "")]           // scores left out are 0
    [InlineData(Schulze, 3, "a>b>c|a>c>b|b>a>c", "carried", "a", "")]       // a beats both
    [InlineData(Schulze, 3, "a|b>c|c>b", "carried", "*", "b c")]            // b and c each beat a (unranked below them) 2 to 1, and tie
    [InlineData(Schulze, 3, "a|a|b", "carried", "a", "")]                   // unranked options rank equal, below the ranked ones
    [InlineData(Schulze, 3, "a=b>c|c>a=b|a>b", "carried", "a", "")]         // equal ranks count for neither side
    [InlineData(SchulzeMargin, 3, "a>b>c|a>c>b|b>a>c", "carried", "a", "")]
    [InlineData(KeepTwoThirds, 3, "change>keep|change>keep|keep>change", "carried", "change", "")]   // 2 of 3 reaches 2/3
    [InlineData(KeepThreeQuarters, 3, "change>keep|change>keep|keep>change", "rejected", "keep", "")] // short of 3/4: the status quo stands
    [InlineData(KeepTwoThirds, 3, "keep|keep>change|change", "rejected", "keep", "")]
    [InlineData(Scottish, 8, StvBallots, "carried", "a,c", "")]              // a's surplus to b; d excluded, c reaches the quota
    [InlineData(Meek, 8, StvBallots, "carried", "a,c", "")]
    [InlineData(Irv, 5, "a|a|b>c|c>b|c>b", "carried", "c", "")]             // b is excluded and its ballot goes to c
    [InlineData(Irv, 5, "a|a|b>a|c", "carried", "a", "b c")]              // b and c level at the last: the lot excludes one
    [InlineData(Irv, 4, "a=b>c|a|a|b", "carried", "a", "")]                 // 2 of the 3 valid ballots: the first has no usable preference
    public void Decide_CountsTheBallotsByTheMethod(string spec, int members, string ballots, string outcome, string winners, string ties)
    {
        var method = DecisionMethod.FromJson(JsonNode.Parse(spec)!.AsObject());
        var state = OptionsMotion.Open(method, members).CastAll(ballots.Split('|'));

        var count = state.Decided();

        Assert.Equal(outcome, count.Outcome.ToString().ToLowerInvariant());
        if (winners != "*")
            Assert.Equal<string>(winners.Split(','), count.Winners);
        Assert.Equal(ties.Length == 0 ? [] : [ties.Split(' ')], count.Ties.Select(t => t.ToArray()).ToArray());
        Assert.Equal((ballots.Split('|').Length, members, (members + 1) / 2), (count.Turnout, count.Eligible, count.QuorumNeeded));
        Assert.Empty(count.Tallies);
        Assert.Empty(count.Objections);
        var report = count.Report!;
        Assert.Equal<string>(count.Winners, report["winners"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal(7, report["tieBreak"]!["seed"]!.GetValue<long>());
        Assert.Equal<string>(((OptionsMethod)method).Options, report["candidates"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.True(report.ContainsKey(method is SchulzeVote ? "matrices" : "stages"));
    }

    [Theory]
    [InlineData(Approval, "a,b|b|b,c|a")]
    [InlineData(Score, "a=5,b=3|b=5|a=1,c=5")]
    [InlineData(Schulze, "a|b>c|c>b")]
    [InlineData(KeepThreeQuarters, "change>keep|change>keep|keep>change")]
    [InlineData(Scottish, StvBallots)]
    [InlineData(Meek, StvBallots)]
    [InlineData(Irv, "a|a|b>c|c>b|c>b")]
    public void Count_RoundTripsThroughTheRecordExactly(string spec, string ballots)
    {
        var state = OptionsMotion.Open(DecisionMethod.FromJson(JsonNode.Parse(spec)!.AsObject()), 8).CastAll(ballots.Split('|'));
        var count = state.Decision().Count;

        var bytes = CanonicalJson.Serialize(count.ToJson());
        var read = Count.FromJson(CanonicalJson.Parse(bytes)!.AsObject(), count.Outcome);

        Assert.Equal(count, read);
        Assert.Equal(count.GetHashCode(), read.GetHashCode());
        Assert.Equal(count.ToString(), read.ToString());
        Assert.Equal(bytes, CanonicalJson.Serialize(read.ToJson()));
        Assert.Equal<string>(count.Winners, read.Winners);
        Assert.Equal(state.Motions[OptionsMotion.Id].Recount(), read);
    }

    [Theory]
    [InlineData(Approval)]
    [InlineData(Score)]
    [InlineData(Schulze)]
    [InlineData(SchulzeMargin)]
    [InlineData(Scottish)]
    [InlineData(Meek)]
    [InlineData(Irv)]
    public void Decide_BallotsCastInAnyOrder_GiveTheSameCount(string spec)
    {
        var method = (OptionsMethod)DecisionMethod.FromJson(JsonNode.Parse(spec)!.AsObject());
        for (var seed = 1; seed <= 10; seed++)
        {
            var random = new Random(seed);
            var ballots = Enumerable.Range(1, 40).Select(member => (member, ballot: RandomBallot(random, method))).ToList();
            var shuffled = ballots.OrderBy(_ => random.Next()).ToList();
            var open = OptionsMotion.Open(method, 40);

            var count = ballots.Aggregate(open, (s, b) => s.Casts(b.member, b.ballot)).Decided();
            var again = shuffled.Aggregate(open, (s, b) => s.Casts(b.member, b.ballot)).Decided();

            Assert.Equal(count, again);
            // The fold keeps ballots by member; a plain dictionary keeps them in the order given.
            Dictionary<PublicKey, Ballot> InOrder(IEnumerable<(int Member, string Ballot)> list) =>
                list.ToDictionary(b => OptionsMotion.Member(b.Member), b => method.ReadBallot(OptionsMotion.Json(method, b.Ballot)));
            Assert.Equal(count, method.Count(InOrder(shuffled), 40, Fraction.Of(1, 2)));
            Assert.Equal(count, method.Count(InOrder(Enumerable.Reverse(ballots)), 40, Fraction.Of(1, 2)));
        }
    }

    private static string RandomBallot(Random random, OptionsMethod method)
    {
        var chosen = method.Options.OrderBy(_ => random.Next()).Take(random.Next(method.Options.Length + 1)).ToList();
        return method switch
        {
            ApprovalVote => string.Join(',', chosen),
            ScoreVote score => string.Join(',', chosen.Select(o => $"{o}={random.Next(score.Max + 1)}")),
            // Now and then an option joins the group before it: an equal preference.
            _ => string.Concat(chosen.Select((o, i) => i == 0 ? o : (random.Next(4) == 0 ? "=" : ">") + o)),
        };
    }

    [Fact]
    public void Count_BallotWithoutAUsableFirstPreference_CountsTowardTheQuorumOnly()
    {
        var count = OptionsMotion.Open(DecisionMethod.FromJson(JsonNode.Parse(Irv)!.AsObject()), 4).CastAll(["a=b>c", "a", "a", "b"]).Decided();
        Assert.Equal((4L, 3L), (count.Turnout, count.Report!["validBallots"]!.GetValue<long>()));
    }

    [Fact]
    public void Count_MeekFigures_AreDecimalStringsWithAllTheirDigits()
    {
        var count = OptionsMotion.Open(DecisionMethod.FromJson(JsonNode.Parse(Meek)!.AsObject()), 8).CastAll(StvBallots.Split('|')).Decided();
        var first = count.Report!["stages"]![0]!;
        Assert.Equal("4." + new string('0', SingleTransferableVote.MeekDigits), first["votes"]![0]!.GetValue<string>());
        Assert.Equal(SingleTransferableVote.MeekDigits, first["keepFactors"]![0]!.GetValue<string>().Split('.')[1].Length);
    }

    [Fact]
    public void Count_ScottishFigures_HaveFiveDecimals()
    {
        var count = OptionsMotion.Open(DecisionMethod.FromJson(JsonNode.Parse(Scottish)!.AsObject()), 8).CastAll(StvBallots.Split('|')).Decided();
        Assert.Equal("3.00000", count.Report!["quota"]!.GetValue<string>());
        var surplus = count.Report!["stages"]![1]!;
        Assert.Equal(("surplus", "a", "2.00000"), (surplus["action"]!.GetValue<string>(), surplus["subject"]!.GetValue<string>(), surplus["votes"]![1]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(Approval)]
    [InlineData(Schulze)]
    [InlineData(Scottish)]
    public void Decide_Early_OnlyOnceEveryMemberHasVoted(string spec)
    {
        // Member 1 proposed the motion; a proposer may decide early once the outcome is settled.
        var state = OptionsMotion.Open(DecisionMethod.FromJson(JsonNode.Parse(spec)!.AsObject()), 3).CastAll(["a", "a"]);
        var early = state.LastAt + Support.Log.Second;
        Assert.False(state.Motions[OptionsMotion.Id].IsSettled());
        Support.Expect.Rule(Rules.NotSettled, () => state.Decide(OptionsMotion.Id, early, OptionsMotion.Member(1)));

        var voted = state.Casts(3, "b");
        Assert.True(voted.Motions[OptionsMotion.Id].IsSettled());
        Assert.Equal(Outcome.Carried, voted.Decide(OptionsMotion.Id, voted.LastAt + Support.Log.Second, OptionsMotion.Member(1)).Outcome);
    }
}
