using System.Numerics;
using System.Text.Json.Nodes;
using Councils.Domain.Charters;
using Councils.Domain.Json;
using Councils.Domain.Methods;
using Councils.Domain.Motions;

namespace Councils.Domain.Federations;

/// <summary>
/// Counts a federation's agenda item by its mode, exactly: delegates' votes weighted by their
/// bodies' membership in rationals, a referendum tallied per body and in total, a ratification
/// assembled from the bodies' decisions by a double majority. The count's report keeps every figure
/// and the minority reports that travelled with the bodies' decisions.
/// </summary>
internal static class ItemCount
{
    private static readonly string[] Choices = ["abstain", "no", "yes"];

    public static Count Of(Motion motion, AgendaItem item) => item.Mode switch
    {
        DecisionMode.Delegates => Delegates(motion, item),
        DecisionMode.Referendum => Referendum(motion, item),
        _ => Ratification(item),
    };

    public static bool IsSettled(Motion motion, AgendaItem item) => item.RollsComplete && item.Mode switch
    {
        DecisionMode.Delegates => item.Voted.Count == item.SeatCount,
        DecisionMode.Referendum => motion.Ballots.Count == item.Voters.Count,
        _ => item.Answers.Count == item.Seats.Count,
    };

    private static Count Delegates(Motion motion, AgendaItem item)
    {
        var unit = item.Seats.Values.Where(s => s > 0).Aggregate(BigInteger.One, (l, s) => l / BigInteger.GreatestCommonDivisor(l, s) * s);
        var totals = Choices.ToDictionary(c => c, _ => BigInteger.Zero);
        var bodies = new JsonArray();
        foreach (var (body, seats) in item.Seats)
        {
            var members = item.Rolls.TryGetValue(body, out var roll) ? roll.Members : 0;
            var perSeat = seats == 0 ? BigInteger.Zero : members * (unit / seats);
            var votes = new JsonArray();
            foreach (var (member, seat) in item.SeatOf.Where(s => s.Value.Body == body).OrderBy(s => s.Value.Index))
            {
                var choice = ChoiceOf(motion.Ballots[member].Ballot);
                totals[choice] += perSeat;
                votes.Add(new JsonObject { ["choice"] = choice, ["member"] = member.ToString(), ["seat"] = seat.Index });
            }
            var mandate = item.Mandates.GetValueOrDefault(body);
            bodies.Add(new JsonObject
            {
                ["body"] = body.ToString(),
                ["mandate"] = mandate is null ? null : mandate.Mandate.WriteInto(new JsonObject { ["source"] = mandate.Source.ToJson() }),
                ["members"] = members,
                ["minorityReports"] = mandate is null ? new JsonArray() : TravellingReport.WriteAll(mandate.MinorityReports),
                ["seats"] = seats,
                ["votes"] = votes,
                ["weightPerSeat"] = Ratio(perSeat, unit),
            });
        }
        var carried = totals["yes"] > totals["no"];
        var totalsJson = new JsonObject();
        foreach (var choice in Choices)
            totalsJson[choice] = Ratio(totals[choice], unit);
        return Counted(item, "delegates", item.Voted.Count, item.SeatCount, motion.Quorum, carried,
            new JsonObject { ["bodies"] = bodies, ["totals"] = totalsJson });
    }

    private static Count Referendum(Motion motion, AgendaItem item)
    {
        var perBody = item.Seats.Keys.ToDictionary(b => b, _ => new long[3]);
        foreach (var (voter, cast) in motion.Ballots)
            perBody[item.Voters[voter]][Index(ChoiceOf(cast.Ballot))]++;
        var bodies = new JsonArray();
        var totals = new long[3];
        foreach (var (body, tally) in perBody)
        {
            var json = new JsonObject { ["body"] = body.ToString(), ["members"] = item.Rolls.TryGetValue(body, out var roll) ? roll.Members : 0 };
            for (var i = 0; i < 3; i++)
            {
                json[Choices[i]] = tally[i];
                totals[i] += tally[i];
            }
            bodies.Add(json);
        }
        var totalsJson = new JsonObject();
        for (var i = 0; i < 3; i++)
            totalsJson[Choices[i]] = totals[i];
        return Counted(item, "referendum", motion.Ballots.Count, item.Voters.Count, motion.Quorum, totals[2] > totals[1],
            new JsonObject { ["bodies"] = bodies, ["totals"] = totalsJson });
    }

    private static Count Ratification(AgendaItem item)
    {
        long cellsFor = 0, membersFor = 0, members = 0;
        var bodies = new JsonArray();
        foreach (var body in item.Seats.Keys)
        {
            var bodyMembers = item.Rolls.TryGetValue(body, out var roll) ? roll.Members : 0;
            members += bodyMembers;
            var answer = item.Answers.GetValueOrDefault(body);
            if (answer?.Outcome == Outcome.Carried)
            {
                cellsFor++;
                membersFor += bodyMembers;
            }
            bodies.Add(new JsonObject
            {
                ["body"] = body.ToString(),
                ["count"] = answer?.Count,
                ["members"] = bodyMembers,
                ["minorityReports"] = answer is null ? new JsonArray() : TravellingReport.WriteAll(answer.MinorityReports),
                ["outcome"] = answer is null ? "no answer" : Spellings.Of(answer.Outcome),
                ["source"] = answer?.Source.ToJson(),
            });
        }
        var cells = item.Seats.Count;
        var carried = cells > 0 && Fraction.Of(cellsFor, cells) > item.CellsThreshold
            && members > 0 && Fraction.Of(membersFor, members) > item.MembersThreshold;
        var report = new JsonObject
        {
            ["bodies"] = bodies,
            ["totals"] = new JsonObject
            {
                ["bodies"] = cells,
                ["bodiesRatifying"] = cellsFor,
                ["bodiesThreshold"] = item.CellsThreshold.ToString(),
                ["members"] = members,
                ["membersRatifying"] = membersFor,
                ["membersThreshold"] = item.MembersThreshold.ToString(),
            },
        };
        return Counted(item, "ratification", item.Answers.Count, cells, Fraction.Zero, carried, report);
    }

    private static Count Counted(AgendaItem item, string mode, long turnout, long eligible, Fraction quorum, bool carried, JsonObject report)
    {
        var needed = quorum.CeilingOf(eligible);
        var outcome = turnout < needed ? Outcome.Lapsed : carried ? Outcome.Carried : Outcome.Rejected;
        report["matter"] = item.Matter;
        report["mode"] = mode;
        report["revision"] = item.Revision;
        report["ties"] = new JsonArray();
        report["winners"] = outcome == Outcome.Carried ? new JsonArray("yes") : new JsonArray();
        return new Count(turnout, eligible, needed, report, outcome);
    }

    private static string ChoiceOf(Ballot ballot) =>
        ballot is MajorityBallot majority ? Spellings.Of(majority.Choice) : throw new ArgumentException("An agenda item is voted yes, no or abstain.", nameof(ballot));

    private static int Index(string choice) => Array.IndexOf(Choices, choice);

    private static string Ratio(BigInteger num, BigInteger den)
    {
        var gcd = BigInteger.GreatestCommonDivisor(num, den);
        if (gcd.IsZero)
            return "0";
        var (n, d) = (num / gcd, den / gcd);
        return d.IsOne ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{n}/{d}";
    }
}
