using System.Text.Json.Nodes;
using Councils.Domain.Methods;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Methods;

public sealed class SimpleMajorityTests
{
    private static readonly SimpleMajority Method = new();

    [Theory]
    // yes, no, abstain, eligible, quorum num/den → outcome
    [InlineData(3, 1, 0, 5, 1, 2, "carried")]    // more yes than no
    [InlineData(2, 2, 0, 4, 1, 2, "rejected")]   // a tie is rejected
    [InlineData(1, 2, 0, 4, 1, 2, "rejected")]
    [InlineData(0, 0, 4, 4, 1, 2, "rejected")]   // all abstain: quorate, nothing carried
    [InlineData(1, 0, 9, 10, 1, 2, "carried")]   // abstentions count only toward the quorum
    [InlineData(1, 0, 2, 6, 1, 2, "carried")]    // quorum exactly met: 3 of 6
    [InlineData(2, 0, 0, 6, 1, 2, "lapsed")]     // quorum just missed: 2 of 6
    [InlineData(0, 0, 2, 5, 1, 2, "lapsed")]     // needs 3 of 5 (ceiling of 2.5)
    [InlineData(5, 0, 0, 7, 2, 3, "carried")]    // 2/3 of 7 needs 5
    [InlineData(4, 0, 0, 7, 2, 3, "lapsed")]
    [InlineData(0, 0, 0, 0, 1, 2, "rejected")]   // no one eligible: quorum 0, nothing for it
    [InlineData(1, 0, 0, 3, 0, 1, "carried")]    // no quorum at all
    public void Count_UnderQuorum_GivesTheOutcome(int yes, int no, int abstain, long eligible, long num, long den, string outcome)
    {
        var count = Method.Count(Ballots.Majority(Method, yes, no, abstain), eligible, Fraction.Of(num, den));
        Assert.Equal(outcome, count.Outcome.ToString().ToLowerInvariant());
        Assert.Equal((yes, no, abstain), (count["yes"], count["no"], count["abstain"]));
        Assert.Equal(yes + no + abstain, count.Turnout);
        Assert.Equal(Fraction.Of(num, den).CeilingOf(eligible), count.QuorumNeeded);
        Assert.Empty(count.Objections);
    }

    [Fact]
    public void Count_NoBallots_StillTalliesEveryChoice() =>
        Assert.Equal(["abstain", "no", "yes"], Method.Count(Ballots.Majority(Method, 0, 0, 0), 3, Fraction.Zero).Tallies.Keys);

    [Theory]
    [InlineData("""{"choice":"yes"}""", null)]
    [InlineData("""{"choice":"no"}""", null)]
    [InlineData("""{"choice":"abstain"}""", null)]
    [InlineData("""{"choice":"Yes"}""", "ballot.choice")]
    [InlineData("""{"choice":"consent"}""", "ballot.choice")]
    [InlineData("""{"choice":1}""", "ballot.choice")]
    [InlineData("""{}""", "ballot.choice")]
    [InlineData("""{"choice":"yes","reason":"why not"}""", "ballot.reason")]
    public void ReadBallot_OnlyYesNoOrAbstain_IsAccepted(string json, string? refusedField)
    {
        var act = () => Method.ReadBallot(JsonNode.Parse(json)!.AsObject());
        if (refusedField is null)
            Assert.IsType<MajorityBallot>(act());
        else
            Expect.Rule(Rules.BallotInvalid, refusedField, () => act());
    }

    [Fact]
    public void Count_ABallotOfAnotherMethod_IsAProgrammingError() =>
        Assert.Throws<ArgumentException>(() => Method.Count(Ballots.Of(new Consent(), ["consent"]), 1, Fraction.Zero));
}
