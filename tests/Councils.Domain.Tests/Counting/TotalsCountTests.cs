using Councils.Domain.Counting;

namespace Councils.Domain.Tests.Counting;

public sealed class TotalsCountTests
{
    private static Election Approvals(int seats, params (long Weight, int[] Approved)[] ballots)
    {
        var builder = new BallotBoxBuilder(BallotKind.Approval, 4);
        foreach (var (weight, approved) in ballots)
            builder.AddApproval(approved, weight);
        return new Election("a", [new("A"), new("B"), new("C"), new("D", isWithdrawn: true)], seats, builder.Build());
    }

    [Fact]
    public void Approval_MostApproved_WinInOrder()
    {
        var result = new ApprovalVoting().Count(Approvals(2, (3, [0, 1]), (2, [1, 2]), (1, [3])), CountOptions.Default);

        Assert.Equal(["B", "A"], result.Winners);
        Assert.Equal([3, 5, 2, 0], result.Stages[0].Votes.Select(v => (long)v.Units));
        Assert.Empty(result.Ties);
    }

    [Fact]
    public void Approval_TieAcrossTheLastSeat_IsReportedAndSettledByLot()
    {
        var result = new ApprovalVoting().Count(Approvals(1, (2, [0]), (2, [1])), CountOptions.Default with { TieBreakSeed = 7 });

        Assert.Equal(["A", "B"], result.Ties.Single().Order(StringComparer.Ordinal));
        Assert.True(result.TieBreak.Used);
        Assert.Equal(result.TieBreak.Order.First(n => n is "A" or "B"), result.Winners.Single());
    }

    [Fact]
    public void Approval_RankedBallots_ApproveEveryRankedCandidate()
    {
        var builder = new BallotBoxBuilder(BallotKind.Ranked, 3);
        builder.AddRanking([2, 0], 2);
        builder.AddRanking([1], 1);
        var election = new Election("r", [new("A"), new("B"), new("C")], 1, builder.Build());

        var result = new ApprovalVoting().Count(election, CountOptions.Default);

        Assert.Equal([2, 1, 2], result.Stages[0].Votes.Select(v => (long)v.Units));
    }

    [Fact]
    public void Score_HighestTotal_Wins()
    {
        var builder = new BallotBoxBuilder(BallotKind.Score, 3);
        builder.AddScores([0, 1, 2], [5, 3, 0], 2);
        builder.AddScores([1, 2], [5, 4], 3);
        var election = new Election("s", [new("A"), new("B"), new("C")], 1, builder.Build());

        var result = new ScoreVoting().Count(election, CountOptions.Default);

        Assert.Equal(["B"], result.Winners);
        Assert.Equal([10, 21, 12], result.Stages[0].Votes.Select(v => (long)v.Units));
    }

    [Fact]
    public void Score_RankedBallots_AreRefused()
    {
        var builder = new BallotBoxBuilder(BallotKind.Ranked, 2);
        builder.AddRanking([0, 1]);
        var election = new Election("r", [new("A"), new("B")], 1, builder.Build());

        Assert.Throws<ArgumentException>(() => new ScoreVoting().Count(election, CountOptions.Default));
    }
}
