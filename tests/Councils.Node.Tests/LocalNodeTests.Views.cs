using Councils.Node.Requests;

namespace Councils.Node.Tests;

/// <summary>What a motion's view holds when its ballots are many; views kept between reads are never stale.</summary>
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

    [Fact]
    public async Task Views_ReadAgainAfterABallot_ShowTheBallot()
    {
        await using var node = await OpenFreshNodeAsync();
        var committee = await CommitteeAsync(node, 3);
        var motion = (await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;
        Assert.Equal(0, (await node.GetMotionAsync(committee.Id, motion, Ct)).BallotsCast);
        Assert.Equal(0, (await node.GetBodyAsync(committee.Id, Ct)).Motions.Single().BallotsCast);

        await node.CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[1], Choice("yes")), Ct);

        Assert.Equal(1, (await node.GetMotionAsync(committee.Id, motion, Ct)).BallotsCast);
        Assert.Equal(1, (await node.GetBodyAsync(committee.Id, Ct)).Motions.Single().BallotsCast);
    }

    [Fact]
    public async Task Views_ReadAgainAtTheClosingTime_SayTheMotionClosed()
    {
        await using var node = await OpenFreshNodeAsync();
        var committee = await CommitteeAsync(node, 3);
        var opened = await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct);
        Assert.Equal("Open", (await node.GetMotionAsync(committee.Id, opened.Id, Ct)).Status);
        Assert.Equal("Open", (await node.GetBodyAsync(committee.Id, Ct)).Motions.Single().Status);

        Clock.Advance(TimeSpan.FromMilliseconds(opened.ClosesAt - Clock.GetUtcNow().ToUnixTimeMilliseconds()));

        Assert.Equal("Closed", (await node.GetMotionAsync(committee.Id, opened.Id, Ct)).Status);
        Assert.Equal("Closed", (await node.GetBodyAsync(committee.Id, Ct)).Motions.Single().Status);
    }

    [Fact]
    public async Task Views_AnotherWriterAppended_ShowWhatItWrote()
    {
        var options = await store.CreateDatabaseAsync();
        await using var node = await LocalNode.OpenAsync(options, Clock, Ct);
        var committee = await CommitteeAsync(node, 3);
        var motion = (await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;
        Assert.Equal(0, (await node.GetMotionAsync(committee.Id, motion, Ct)).BallotsCast);

        await using (var other = await LocalNode.OpenAsync(options, Clock, Ct))
            await other.CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[2], Choice("no")), Ct);

        Assert.Equal(1, (await node.GetMotionAsync(committee.Id, motion, Ct)).BallotsCast);
        Assert.Equal(1, (await node.GetBodyAsync(committee.Id, Ct)).Motions.Single().BallotsCast);
    }
}
