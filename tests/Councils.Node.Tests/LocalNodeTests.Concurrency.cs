using Councils.Domain;
using Councils.Domain.Record;
using Councils.Node.Requests;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Tests;

// Concurrency: one ballot per member per motion, whatever the number of requests and of writers.
public abstract partial class LocalNodeTests
{
    private const int Attempts = 48;
    private const int Crowd = 40;

    [Fact]
    public async Task CastBallot_SameMemberAtOnceThroughTwoNodes_ExactlyOneBallot()
    {
        await using var first = await OpenNodeAsync();
        await using var second = await OpenNodeAsync();
        var committee = await CommitteeAsync(first, 5);
        var motion = (await first.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;
        // Both writers hold the log in memory before the race, so each plans against its own copy.
        await first.GetHeadAsync(committee.Id, Ct);
        await second.GetInclusionProofAsync(committee.Id, 0, null, Ct);

        var outcomes = await RaceAsync(Attempts, i => (i % 2 == 0 ? first : second)
            .CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[1], Choice(i % 3 == 0 ? "no" : "yes")), Ct));

        Assert.Equal(1, outcomes.Count(o => o == Acknowledged));
        Assert.All(outcomes.Where(o => o != Acknowledged), o => Assert.Contains(o, new[] { Rules.BallotDuplicate, "log-head-moved" }));
        Assert.Equal(1, await BallotEventsAsync(committee.Id, committee.Keys[1]));
        await using var db = store.Factory.CreateDbContext();
        var row = Assert.Single(await db.Ballots.Where(b => b.BodyId == committee.Id && b.MotionId == motion).ToListAsync());
        Assert.Equal(committee.Keys[1], row.MemberKey);
        await AssertVerifiesAsync(first);
    }

    [Fact]
    public async Task CastBallot_ManyMembersAtOnce_EveryBallotOnce()
    {
        await using var node = await OpenNodeAsync();
        var committee = await CommitteeAsync(node, Crowd, founders: true);
        var motion = (await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;

        var outcomes = await RaceAsync(Crowd, i => node.CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[i], Choice("yes")), Ct));

        Assert.All(outcomes, o => Assert.Equal(Acknowledged, o));
        var view = await node.GetMotionAsync(committee.Id, motion, Ct);
        Assert.Equal(committee.Keys.Order(StringComparer.Ordinal), view.Ballots.Select(b => b.Member).Order(StringComparer.Ordinal));
        foreach (var key in committee.Keys)
            Assert.Equal(1, await BallotEventsAsync(committee.Id, key));
        await AssertVerifiesAsync(node);
    }

    [Fact]
    public async Task CastBallot_ManyMembersAtOnceThroughTwoNodesRetryingWhenTheHeadMoved_EveryBallotOnce()
    {
        await using var first = await OpenNodeAsync();
        await using var second = await OpenNodeAsync();
        var committee = await CommitteeAsync(first, Crowd, founders: true);
        var motion = (await first.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;

        // A writer that lost the race says so and wrote nothing, so retrying is safe: never a duplicate.
        var outcomes = await RaceAsync(Crowd, async i =>
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return await ((i + attempt) % 2 == 0 ? first : second)
                        .CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[i], Choice("yes")), Ct);
                }
                catch (RuleViolation v) when (v.Rule == "log-head-moved" && attempt < 50)
                {
                }
            }
        });

        Assert.All(outcomes, o => Assert.Equal(Acknowledged, o));
        foreach (var key in committee.Keys)
            Assert.Equal(1, await BallotEventsAsync(committee.Id, key));
        Assert.Equal(Crowd, (await second.GetMotionAsync(committee.Id, motion, Ct)).Ballots.Count);
        await AssertVerifiesAsync(second);
    }

    [Fact]
    public async Task CastBallot_OnAMotionAnotherNodeOpened_IsAccepted()
    {
        await using var first = await OpenNodeAsync();
        await using var second = await OpenNodeAsync();
        var committee = await CommitteeAsync(first, 3);
        await second.GetInclusionProofAsync(committee.Id, 0, null, Ct);

        var motion = (await first.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;
        await first.CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[0], Choice("yes")), Ct);
        await second.CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[1], Choice("yes")), Ct);
        // And the duplicate is refused by either, whichever cast the first ballot.
        var refusal = await RefusedAsync(() => second.CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[0], Choice("no")), Ct));

        Assert.Equal(Rules.BallotDuplicate, refusal.Rule);
        Assert.Equal(2, (await first.GetMotionAsync(committee.Id, motion, Ct)).BallotsCast);
    }

    [Fact]
    public async Task CloseMotion_ManyAtOnceThroughTwoNodes_OneDecision()
    {
        await using var first = await OpenNodeAsync();
        await using var second = await OpenNodeAsync();
        var committee = await CommitteeAsync(first, 3);
        var motion = (await first.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;
        foreach (var handle in committee.Handles)
            await first.CastBallotAsync(committee.Id, motion, new CastBallot(handle, Choice("yes")), Ct);
        await second.GetInclusionProofAsync(committee.Id, 0, null, Ct);

        var outcomes = await RaceAsync(Attempts, i => (i % 2 == 0 ? first : second)
            .CloseMotionAsync(committee.Id, motion, new CloseMotion(i % 3 == 0 ? null : committee.Handles[i % 3]), Ct));

        Assert.Equal(1, outcomes.Count(o => o == Acknowledged));
        Assert.All(outcomes.Where(o => o != Acknowledged), o => Assert.Contains(o, new[] { Rules.AlreadyDecided, "log-head-moved" }));
        await using var db = store.Factory.CreateDbContext();
        Assert.Equal(1, await db.Events.CountAsync(e => e.BodyId == committee.Id && e.Kind == "motion.decided"));
        await AssertVerifiesAsync(second);
    }

    [Fact]
    public async Task CreateBody_OneIdAtOnceThroughTwoNodes_OneBody()
    {
        await using var first = await OpenNodeAsync();
        await using var second = await OpenNodeAsync();
        var id = NewBodyId("contested");

        var outcomes = await RaceAsync(8, i => (i % 2 == 0 ? first : second)
            .CreateBodyAsync(new CreateBody($"Contested {i}", "workplace-committee", id, [new NewMember($"Founder {i}", Handle($"founder-{i}"))]), Ct));

        Assert.Equal(1, outcomes.Count(o => o == Acknowledged));
        Assert.All(outcomes.Where(o => o != Acknowledged), o => Assert.Contains(o, new[] { "body-exists", "log-head-moved" }));
        var body = await second.GetBodyAsync(id, Ct);
        var founder = Assert.Single(body.Members);
        Assert.Equal($"Contested {founder.Name["Founder ".Length..]}", body.Name);
        // The losers' founders got no key: the keys a node holds are only those of members it admitted.
        await using var db = store.Factory.CreateDbContext();
        Assert.Equal(1, await db.HeldKeys.CountAsync(k => k.Handle.StartsWith("founder-") && k.Handle.EndsWith(_suffix)));
    }

    private const string Acknowledged = "acknowledged";

    /// <summary>Starts every act at once and says how each ended: acknowledged, or the rule that refused it.</summary>
    private static async Task<string[]> RaceAsync<T>(int count, Func<int, Task<T>> act)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await act(i);
                return Acknowledged;
            }
            catch (RuleViolation v)
            {
                return v.Rule;
            }
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(racers);
    }

    /// <summary>How many ballot.cast events of the member the body's log holds, read from the stored bytes.</summary>
    private async Task<int> BallotEventsAsync(string body, string member)
    {
        await using var db = store.Factory.CreateDbContext();
        var entries = await db.Events.Where(e => e.BodyId == body && e.Kind == "ballot.cast").Select(e => e.Bytes).ToListAsync();
        return entries.Select(bytes => Entry.Parse(bytes)).Count(e => e.Author.ToString() == member);
    }

    private static async Task AssertVerifiesAsync(LocalNode node)
    {
        var report = await node.VerifyAsync(Ct);
        Assert.True(report.Ok, report.Failure?.Message);
    }
}
