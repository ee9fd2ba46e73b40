using Councils.Node.Requests;

namespace Councils.Node.Tests;

/// <summary>What a motion's view holds when its ballots are many.</summary>
public abstract partial class LocalNodeTests
{
    [Fact]
    public async Task GetMotion_WithMoreBallotsThanTheViewShows_ListsTheFirstInOrderAndCountsThemAll()
    {
        await using var node = await OpenFreshNodeAsync();
        var size = LocalNode.MaxBallotsShown + 1;
        var committee = await CommitteeAsync(node, size, founders: true);
        var motion = (await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;
        var cast = await Task.WhenAll(committee.Handles.Select(h => node.CastBallotAsync(committee.Id, motion, new CastBallot(h, Choice("yes")), Ct)));

        var view = await node.GetMotionAsync(committee.Id, motion, Ct);

        Assert.Equal(size, view.BallotsCast);
        Assert.Equal(LocalNode.MaxBallotsShown, view.Ballots.Count);
        Assert.Equal(cast.Select(c => c.Seq).Order().Take(LocalNode.MaxBallotsShown), view.Ballots.Select(b => b.Seq));
    }
}
