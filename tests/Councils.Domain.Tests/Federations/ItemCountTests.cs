using System.Text.Json.Nodes;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Domain.Tests.Support;
using static Councils.Domain.Tests.Federations.Petrograd;

namespace Councils.Domain.Tests.Federations;

/// <summary>The count reports of a federation's agenda items, figure by figure.</summary>
public sealed class ItemCountTests
{
    private static readonly string[] Competences = ["budget", "statutes", "transport"];

    /// <summary>
    /// Petrograd and cells of the given sizes, whose members are keys counted up from 1; each joins
    /// and elects its first <c>seats</c> members in order (the next one stands too and is a substitute).
    /// </summary>
    internal static (FederationWorld World, PublicKey[][] Members) Federated(params (string Id, int Members, int Seats)[] cells)
    {
        var world = new FederationWorld().Federation(Federation, FederationCharter(), Node);
        var members = new PublicKey[cells.Length][];
        var next = 1;
        for (var c = 0; c < cells.Length; c++)
        {
            var (id, size, seats) = cells[c];
            members[c] = [.. Enumerable.Range(next, size).Select(i => People.Key((byte)i))];
            next += size;
            world.Cell(id, CellCharter(seats: seats), members[c]);
            world.Carry(id, new FederationJoin(FederationId, Competences));
            world.Elect(id, Federation, seats, members[c][..(seats + 1)]);
        }
        Assert.Empty(world.Refused);
        return (world, members);
    }

    private static JsonObject ReportOf(FederationWorld world, MotionId item) =>
        world[Federation].Motions[item].Decision!.Count.Report!;

    private static JsonNode Body(JsonObject report, int index) => report["bodies"]![index]!;

    [Theory]
    // Putilov has 7 members on 2 seats (7/2 a seat), Vyborg 5 on 1; quorum: 2 of the 3 seats.
    [InlineData("yes", "no", "yes", "17/2", "7/2", "0", Outcome.Carried)]
    [InlineData("no", "no", "yes", "5", "7", "0", Outcome.Rejected)]
    [InlineData("yes", "abstain", "no", "7/2", "5", "7/2", Outcome.Rejected)]
    [InlineData("yes", "yes", "no", "7", "5", "0", Outcome.Carried)]
    [InlineData("abstain", "abstain", "abstain", "0", "0", "12", Outcome.Rejected)]
    [InlineData(null, "yes", "no", "7/2", "5", "0", Outcome.Rejected)]
    [InlineData(null, null, "yes", "5", "0", "0", Outcome.Lapsed)]
    public void DelegatesMode_WeighsEachSeatByItsBodysMembersOverItsSeats(
        string? first, string? second, string? vyborg, string yes, string no, string abstain, Outcome outcome)
    {
        var (world, members) = Federated((Putilov, 7, 2), (Vyborg, 5, 1));
        var item = world.OpenItem(Federation, members[1][0], "transport");
        foreach (var (delegateKey, choice) in new[] { (members[0][0], first), (members[0][1], second), (members[1][0], vyborg) })
        {
            if (choice is not null)
                world.Vote(Federation, delegateKey, item, choice);
        }
        var decided = world.Decide(Federation, item);
        var report = ReportOf(world, item);
        Assert.Equal(outcome, decided.Outcome);
        Assert.Equal(("7/2", 7L, 2L), ((string)Body(report, 0)["weightPerSeat"]!, (long)Body(report, 0)["members"]!, (long)Body(report, 0)["seats"]!));
        Assert.Equal(("5", 5L, 1L), ((string)Body(report, 1)["weightPerSeat"]!, (long)Body(report, 1)["members"]!, (long)Body(report, 1)["seats"]!));
        Assert.Equal((yes, no, abstain), ((string)report["totals"]!["yes"]!, (string)report["totals"]!["no"]!, (string)report["totals"]!["abstain"]!));
        Assert.Equal(("delegates", "transport", 3L, 2L), ((string)report["mode"]!, (string)report["matter"]!, decided.Count.Eligible, decided.Count.QuorumNeeded));
        Assert.Equal(new[] { first, second, vyborg }.Count(c => c is not null), decided.Count.Turnout);
    }

    [Fact]
    public void Referendum_TalliesEachBodyAndTheTotal()
    {
        var (world, members) = Federated((Putilov, 7, 1), (Vyborg, 5, 1));
        var item = world.OpenItem(Federation, members[0][0], "budget");
        string?[][] choices = [["yes", "yes", "yes", "yes", "no", "no", null], ["yes", "no", "no", "no", "abstain"]];
        for (var c = 0; c < 2; c++)
        {
            for (var m = 0; m < choices[c].Length; m++)
            {
                if (choices[c][m] is { } choice)
                    world.Vote(Federation, members[c][m], item, choice);
            }
        }
        var decided = world.Decide(Federation, item);
        var report = ReportOf(world, item);
        Assert.Equal(Outcome.Rejected, decided.Outcome);   // 5 yes, 5 no: a tie is not carried
        Assert.Equal((11L, 12L, 6L), (decided.Count.Turnout, decided.Count.Eligible, decided.Count.QuorumNeeded));
        Assert.Equal("{\"abstain\":0,\"body\":\"putilov-works\",\"members\":7,\"no\":2,\"yes\":4}", Body(report, 0).ToJsonString());
        Assert.Equal("{\"abstain\":1,\"body\":\"vyborg-side\",\"members\":5,\"no\":3,\"yes\":1}", Body(report, 1).ToJsonString());
        Assert.Equal("{\"abstain\":1,\"no\":5,\"yes\":5}", report["totals"]!.ToJsonString());
    }

    [Theory]
    // Cells of 6, 2, 2 and 2 members: y ratifies, n rejects, - does not answer.
    [InlineData("yyyy", 4, 12, Outcome.Carried)]
    [InlineData("yyy-", 3, 10, Outcome.Carried)]
    [InlineData("yyny", 3, 10, Outcome.Carried)]
    [InlineData("yynn", 2, 8, Outcome.Rejected)]    // exactly half of the cells is not more than half
    [InlineData("y-y-", 2, 8, Outcome.Rejected)]
    [InlineData("nyyy", 3, 6, Outcome.Rejected)]    // exactly half of the members is not more than half
    [InlineData("----", 0, 0, Outcome.Rejected)]
    public void Ratification_CarriesOnMoreThanHalfOfTheCellsHoldingMoreThanHalfOfTheMembers(string answers, long cells, long members, Outcome outcome)
    {
        string[] ids = ["a-cell", "b-cell", "c-cell", "d-cell"];
        var (world, keys) = Federated((ids[0], 6, 1), (ids[1], 2, 1), (ids[2], 2, 1), (ids[3], 2, 1));
        var item = world.OpenItem(Federation, keys[0][0], "statutes");
        for (var c = 0; c < ids.Length; c++)
        {
            if (answers[c] == '-')
                continue;
            var answer = world.Open(ids[c], keys[c][0], new RatificationAnswer(FederationId, item));
            foreach (var member in keys[c])
                world.Vote(ids[c], member, answer, answers[c] == 'y' ? "yes" : "no");
            world.Decide(ids[c], answer);
        }
        Assert.Empty(world.Refused);
        var decided = world.Decide(Federation, item);
        var totals = ReportOf(world, item)["totals"]!;
        Assert.Equal(outcome, decided.Outcome);
        Assert.Equal((4L, cells, 12L, members), ((long)totals["bodies"]!, (long)totals["bodiesRatifying"]!, (long)totals["members"]!, (long)totals["membersRatifying"]!));
        Assert.Equal(("1/2", "1/2"), ((string)totals["bodiesThreshold"]!, (string)totals["membersThreshold"]!));
        Assert.Equal(answers.Count(a => a != '-'), decided.Count.Turnout);
        Assert.Equal(answers[1] == '-' ? "no answer" : answers[1] == 'y' ? "carried" : "rejected", (string)Body(ReportOf(world, item), 1)["outcome"]!);
    }

    [Fact]
    public void MinorityReports_OfAMandate_TravelIntoTheItemsDecision()
    {
        var (world, members) = Federated((Putilov, 3, 1), (Vyborg, 2, 1));
        var item = world.OpenItem(Federation, members[1][0], "transport");
        var mandate = world.Open(Putilov, members[0][0], new MandateSet(FederationId, item, new Mandate(["no"], ["abstain"], 0)));
        world.Append(Putilov, members[0][2], new MinorityReportAttached(mandate, "We would vote yes."));
        foreach (var member in members[0])
            world.Vote(Putilov, member, mandate, "yes");
        world.Decide(Putilov, mandate);
        world.Vote(Federation, members[0][0], item, "no");
        world.Vote(Federation, members[1][0], item, "yes");
        world.Decide(Federation, item);
        var putilov = Body(ReportOf(world, item), 0);
        var author = members[0][2];
        Assert.Equal($"[{{\"author\":{{\"member\":\"{author}\",\"name\":\"{People.NameOf(author)}\"}},\"text\":\"We would vote yes.\"}}]",
            putilov["minorityReports"]!.ToJsonString());
        Assert.Equal(("[\"no\"]", "[\"abstain\"]", FederationWorld.Cite(PutilovId, world[Putilov].Motions[mandate].Decision!.Seq).ToJson().ToJsonString()),
            (putilov["mandate"]!["allow"]!.ToJsonString(), putilov["mandate"]!["fallback"]!.ToJsonString(), putilov["mandate"]!["source"]!.ToJsonString()));
        Assert.Equal("[]", Body(ReportOf(world, item), 1)["minorityReports"]!.ToJsonString());
    }

    [Fact]
    public void MinorityReports_OfARatificationAnswer_TravelIntoTheItemsDecision()
    {
        var (world, members) = Federated((Putilov, 3, 1), (Vyborg, 2, 1));
        var item = world.OpenItem(Federation, members[1][0], "statutes");
        var answers = new[] { (Putilov, members[0], "no"), (Vyborg, members[1], "yes") };
        foreach (var (cell, keys, choice) in answers)
        {
            var answer = world.Open(cell, keys[0], new RatificationAnswer(FederationId, item));
            world.Append(cell, keys[1], new MinorityReportAttached(answer, $"{cell} dissents."));
            foreach (var member in keys)
                world.Vote(cell, member, answer, choice);
            world.Decide(cell, answer);
        }
        world.Decide(Federation, item);
        var report = ReportOf(world, item);
        for (var c = 0; c < answers.Length; c++)
        {
            var (cell, keys, choice) = answers[c];
            var reports = Body(report, c)["minorityReports"]!.AsArray();
            Assert.Equal((keys[1].ToString(), $"{cell} dissents."), ((string)reports.Single()!["author"]!["member"]!, (string)reports.Single()!["text"]!));
            Assert.Equal(choice == "yes" ? "carried" : "rejected", (string)Body(report, c)["outcome"]!);
            Assert.StartsWith(choice == "yes" ? "carried" : "rejected", (string)Body(report, c)["count"]!, StringComparison.Ordinal);
        }
    }
}
