using System.Collections.Concurrent;
using Councils.Domain.Record;
using Councils.Node.Requests;
using Councils.Node.Storage;
using Councils.Node.Views;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Councils.Node.Tests;

// Durability: an acknowledged append is in the database, for any other node and after a reopen.
public abstract partial class LocalNodeTests
{
    [Fact]
    public async Task CastBallot_Acknowledged_IsThereForAnotherNodeAndAfterReopening()
    {
        var options = await store.CreateDatabaseAsync();
        var node = await LocalNode.OpenAsync(options, Clock, Ct);
        var committee = await CommitteeAsync(node, Crowd, founders: true);
        var motion = (await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;

        // Every fourth caller gives up waiting at once: its ballot may land or not, but never twice.
        using var impatience = new CancellationTokenSource();
        var acknowledged = new ConcurrentDictionary<int, AppendResult>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var callers = Enumerable.Range(0, Crowd).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                acknowledged[i] = await node.CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[i], Choice("yes")), i % 4 == 3 ? impatience.Token : Ct);
            }
            catch (OperationCanceledException)
            {
            }
        })).ToList();
        start.SetResult();
        await impatience.CancelAsync();
        await Task.WhenAll(callers);
        Assert.NotEmpty(acknowledged);

        await using (var other = await LocalNode.OpenAsync(options, Clock, Ct))
            await AssertAcknowledgedAsync(other);
        await node.DisposeAsync();
        ReleaseConnections(options);
        await using var reopened = await LocalNode.OpenAsync(options, Clock, Ct);
        await AssertAcknowledgedAsync(reopened);
        var report = await reopened.VerifyAsync(Ct);
        Assert.True(report.Ok, report.Failure?.Message);

        async Task AssertAcknowledgedAsync(LocalNode reader)
        {
            var view = await reader.GetMotionAsync(committee.Id, motion, Ct);
            var ballots = view.Ballots.ToDictionary(b => b.Member);
            Assert.Equal(view.Ballots.Count, ballots.Count);
            foreach (var (i, result) in acknowledged)
                Assert.Equal(result.Seq, ballots[committee.Keys[i]].Seq);
            var lines = await ExportLinesAsync(reader, committee.Id);
            var entries = lines.Where(l => !new ExportLine(0, l).IsCheckpoint).Select(l => Entry.Parse(l)).ToList();
            Assert.All(acknowledged.Values, result => Assert.Equal(result.Hash, entries[(int)result.Seq].Hash.ToString()));
            // body.created (all founders at once), motion.opened, and the ballots: nothing else, nothing twice.
            Assert.Equal(2 + ballots.Count, entries.Count);
        }
    }

    /// <summary>Closes the pooled connections to a database, so the next node opens it afresh.</summary>
    private static void ReleaseConnections(StorageOptions options)
    {
        if (options.Provider == StorageProvider.Sqlite)
        {
            using var connection = new SqliteConnection(CouncilsDbFactory.SqliteConnectionString(options.DataFolder));
            SqliteConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new NpgsqlConnection(options.ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
