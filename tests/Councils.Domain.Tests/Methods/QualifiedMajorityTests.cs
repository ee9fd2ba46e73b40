using Councils.Domain.Methods;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Methods;

public sealed class QualifiedMajorityTests
{
    [Theory]
    // threshold num/den of base; yes, no, abstain, eligible → outcome (quorum 0 throughout)
    [InlineData(2, 3, "cast", 6, 3, 0, 9, "carried")]      // exactly 2/3 of the votes cast: 18 ≥ 18
    [InlineData(2, 3, "cast", 5, 3, 0, 9, "rejected")]     // 15 < 16
    [InlineData(2, 3, "cast", 2, 1, 5, 8, "carried")]      // abstentions are not votes cast
    [InlineData(2, 3, "cast", 0, 0, 5, 5, "rejected")]     // all abstain: nothing reaches any threshold
    [InlineData(2, 3, "members", 6, 0, 0, 9, "carried")]   // exactly 2/3 of the members
    [InlineData(2, 3, "members", 5, 0, 3, 9, "rejected")]  // all of the votes cast, but 5 < 6 of 9 members
    [InlineData(2, 3, "members", 7, 2, 0, 10, "carried")]  // 21 ≥ 20
    [InlineData(2, 3, "members", 6, 0, 0, 10, "rejected")] // 18 < 20: absent members weigh against
    [InlineData(1, 2, "cast", 3, 3, 0, 6, "rejected")]     // a tie is not a majority at any threshold
    [InlineData(1, 2, "members", 3, 0, 0, 6, "carried")]   // half the members, and more yes than no
    [InlineData(1, 2, "members", 3, 3, 0, 6, "rejected")]
    [InlineData(1, 1, "cast", 4, 0, 1, 5, "carried")]      // unanimity of the votes cast
    [InlineData(1, 1, "cast", 4, 1, 0, 5, "rejected")]
    [InlineData(3, 4, "cast", 3, 1, 0, 4, "carried")]
    [InlineData(3, 4, "cast", 2, 1, 0, 4, "rejected")]     // 8 < 9
    public void Count_Threshold_IsReachedExactly(long num, long den, string of, int yes, int no, int abstain, long eligible, string outcome)
    {
        var method = new QualifiedMajority(Fraction.Of(num, den), of == "cast" ? VoteBase.VotesCast : VoteBase.Members);
        var count = method.Count(Ballots.Majority(method, yes, no, abstain), eligible, Fraction.Zero);
        Assert.Equal(outcome, count.Outcome.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData(3, 6, "lapsed")]  // quorum first: 3 of 6 is below a 2/3 quorum
    [InlineData(4, 6, "carried")]
    public void Count_QuorumComesFirst(int yes, long eligible, string outcome)
    {
        var method = QualifiedMajority.TwoThirdsOfVotesCast;
        var count = method.Count(Ballots.Majority(method, yes, 0, 0), eligible, Fraction.Of(2, 3));
        Assert.Equal(outcome, count.Outcome.ToString().ToLowerInvariant());
    }

    [Fact]
    public void New_ZeroThreshold_IsRefused() =>
        Expect.Rule(Rules.PayloadInvalid, () => new QualifiedMajority(Fraction.Zero, VoteBase.VotesCast));
}
