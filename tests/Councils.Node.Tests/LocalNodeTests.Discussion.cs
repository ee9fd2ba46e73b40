using Councils.Domain.Verification;
using Councils.Node.Requests;
using Councils.Node.Tests.Support;

namespace Councils.Node.Tests;

// A motion's discussion: posted, answered, read back by name, verified, rebuilt; closed with the motion.
public abstract partial class LocalNodeTests
{
    [Fact]
    public async Task Discussion_PostedAndAnswered_ReadsBackByNameVerifiesAndRebuilds()
    {
        await using var node = await OpenFreshNodeAsync();
        var committee = await CommitteeAsync(node, 4);
        var lathe = (await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;
        var roof = (await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Mend the roof"), Ct)).Id;

        var asked = await node.PostContributionAsync(committee.Id, lathe, new PostContribution(committee.Handles[1], "Who turns on it?\nWe have one turner."), Ct);
        var elsewhere = await node.PostContributionAsync(committee.Id, roof, new PostContribution(committee.Handles[2], "The roof first."), Ct);
        var answered = await node.PostContributionAsync(committee.Id, lathe, new PostContribution(committee.Handles[0], "Clara trains as one.", asked.Seq), Ct);
        var across = await RefusedAsync(() => node.PostContributionAsync(committee.Id, lathe, new PostContribution(committee.Handles[3], "Agreed.", elsewhere.Seq), Ct));

        Assert.Equal(("unknown-contribution", "payload.answers"), (across.Rule, across.Field));
        var motion = await node.GetMotionAsync(committee.Id, lathe, Ct);
        Assert.Equal(
            [(committee.Keys[1], "Boris", "Who turns on it?\nWe have one turner.", (long?)null, asked.Seq), (committee.Keys[0], "Ana", "Clara trains as one.", asked.Seq, answered.Seq)],
            motion.Discussion.Select(c => (c.Author, c.Name, c.Text, c.Answers, c.Seq)));
        Assert.Equal(Clock.GetUtcNow().ToUnixTimeMilliseconds(), motion.Discussion[^1].At);
        Assert.Equal(0, motion.BallotsCast);
        Assert.Equal("The roof first.", Assert.Single((await node.GetMotionAsync(committee.Id, roof, Ct)).Discussion).Text);

        var verified = await node.VerifyAsync(Ct);
        Assert.True(verified.Ok, verified.Failure?.Message);
        Assert.True(LogVerifier.VerifyFile(await ExportAsync(node, committee.Id), 1).Ok);
        var tables = await Tables.DumpAsync(node.Databases, Tables.Query);
        Assert.Contains("== contributions (3 rows)", tables, StringComparison.Ordinal);
        await node.RebuildAsync(Ct);
        Assert.Equal(tables, await Tables.DumpAsync(node.Databases, Tables.Query));
    }

    [Fact]
    public async Task Discussion_AtTheDeadline_ClosesWithTheMotion()
    {
        await using var node = await OpenNodeAsync();
        var committee = await CommitteeAsync(node, 3);
        var motion = (await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Paint the canteen"), Ct)).Id;
        await node.PostContributionAsync(committee.Id, motion, new PostContribution(committee.Handles[1], "Green, please."), Ct);
        Clock.Advance(TimeSpan.FromDays(7));

        var refusal = await RefusedAsync(() => node.PostContributionAsync(committee.Id, motion, new PostContribution(committee.Handles[2], "Blue."), Ct));

        Assert.Equal("motion-closed", refusal.Rule);
        Assert.Contains("minority report", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("Green, please.", Assert.Single((await node.GetMotionAsync(committee.Id, motion, Ct)).Discussion).Text);
    }
}
