using System.Numerics;
using Councils.Domain.Charters;
using Councils.Domain.Methods;
using Councils.Domain.Record;

namespace Councils.Domain.Tests.Federations;

/// <summary>The model's agenda items: who opens, amends and votes, when they are decided, and their counts.</summary>
internal sealed partial class FederationModel
{
    private static readonly string[] Choices = ["abstain", "no", "yes"];

    /// <summary>Null when <paramref name="person"/> acts in the federation at <paramref name="at"/>: a seated delegate in their term.</summary>
    public string? Acting(PublicKey person, long at) =>
        Delegates.TryGetValue(person, out var seat) ? (at >= Until[seat.Body] ? Rules.TermEnded : null)
        : Recalled.ContainsKey(person) ? Rules.Recalled : Rules.NotAMember;

    public string? OpenItem(PublicKey author, string? matter, long at)
    {
        if (Acting(author, at) is { } rule)
            return rule;
        return matter is null || !Matters.ContainsKey(matter) || MemberBodies.Count == 0 || MemberBodies.Values.Any(c => !c.Contains(matter))
            ? Rules.Competence
            : null;
    }

    /// <summary>An item opened at <paramref name="at"/>, with each member body's roll: its members and, in order, their keys.</summary>
    public Item Opened(long id, PublicKey author, string matter, long at, IReadOnlyDictionary<string, IReadOnlyList<PublicKey>> rolls)
    {
        var item = new Item(id, author, matter, Matters[matter], at + OpenMs);
        foreach (var body in MemberBodies.Keys.Order(StringComparer.Ordinal))
        {
            item.Bodies[body] = (Seats[body].Count, rolls[body].Count);
            if (item.Mode == DecisionMode.Referendum)
            {
                foreach (var voter in rolls[body])
                    item.Voters.TryAdd(voter, body);
            }
        }
        Items[id] = item;
        return item;
    }

    public string? Amend(long id, PublicKey author, long at)
    {
        var item = Items[id];
        if (author != item.Proposer)
            return Rules.Author;
        if (Acting(author, at) is { } rule)
            return rule;
        if (!item.IsOpenAt(at))
            return Rules.MotionClosed;
        item.Revision++;
        return null;
    }

    /// <summary>A ballot on an item; counted only when <paramref name="apply"/> and allowed.</summary>
    public string? Ballot(long id, PublicKey author, string choice, long at, bool apply = true)
    {
        var item = Items[id];
        if (!item.IsOpenAt(at))
            return Rules.MotionClosed;
        switch (item.Mode)
        {
            case DecisionMode.Delegates:
                if (!Delegates.TryGetValue(author, out var seat))
                    return Recalled.ContainsKey(author) ? Rules.Recalled : Rules.NotAMember;
                if (at >= Until[seat.Body])
                    return Rules.TermEnded;
                if (!item.Bodies.TryGetValue(seat.Body, out var held) || seat.Index >= held.Seats)
                    return Rules.NotEligible;
                if (item.SeatVotes.ContainsKey(seat) || item.DelegatesVoted.Contains(author))
                    return Rules.BallotDuplicate;
                if (item.Mandates.TryGetValue(seat.Body, out var mandate)
                    && (item.Revision > mandate.Revision ? mandate.Fallback : mandate.Allow) is { } allowed && !allowed.Contains(choice))
                    return Rules.Mandate;
                if (apply)
                {
                    item.SeatVotes[seat] = choice;
                    item.DelegatesVoted.Add(author);
                }
                return null;
            case DecisionMode.Referendum:
                if (!item.Voters.ContainsKey(author))
                    return Rules.NotEligible;
                if (item.Ballots.ContainsKey(author))
                    return Rules.BallotDuplicate;
                if (apply)
                    item.Ballots[author] = choice;
                return null;
            default:
                return Rules.NotEligible;
        }
    }

    /// <summary>The node's record of a refused ballot: founded only if the ballot is refused under that very rule.</summary>
    public string? Refusal(long id, PublicKey person, string choice, string rule, long at)
    {
        if (rule is not (Rules.Mandate or Rules.Recalled or Rules.TermEnded))
            return Rules.PayloadInvalid;
        if (Items[id].Mode != DecisionMode.Delegates)
            return Rules.PayloadInvalid;
        return Ballot(id, person, choice, at, apply: false) == rule ? null : Rules.RefusalUnfounded;
    }

    public string? Decide(long id, long at)
    {
        var item = Items[id];
        if (item.Decided)
            return Rules.AlreadyDecided;
        var settled = item.Mode switch
        {
            DecisionMode.Delegates => item.SeatVotes.Count == item.Bodies.Values.Sum(b => b.Seats),
            DecisionMode.Referendum => item.Ballots.Count == item.Voters.Count,
            _ => item.Answers.Count == item.Bodies.Count,
        };
        if (at < item.ClosesAt && !settled)
            return Rules.NotSettled;
        item.Decided = true;
        return null;
    }

    /// <summary>What the decision of an item must say: turnout, eligible, quorum, outcome, and the totals as the report writes them.</summary>
    public (long Turnout, long Eligible, long Needed, Outcome Outcome, Dictionary<string, string> Totals) Count(long id)
    {
        var item = Items[id];
        switch (item.Mode)
        {
            case DecisionMode.Delegates:
                var sums = Choices.ToDictionary(c => c, _ => (Num: BigInteger.Zero, Den: BigInteger.One));
                foreach (var ((body, _), choice) in item.SeatVotes)
                {
                    var (seats, members) = item.Bodies[body];
                    var (n, d) = sums[choice];
                    sums[choice] = Reduce((n * seats) + (members * d), d * seats);
                }
                var yesOverNo = sums["yes"].Num * sums["no"].Den > sums["no"].Num * sums["yes"].Den;
                return Counted(item.SeatVotes.Count, item.Bodies.Values.Sum(b => b.Seats), Quorum, yesOverNo,
                    sums.ToDictionary(s => s.Key, s => Write(s.Value.Num, s.Value.Den)));
            case DecisionMode.Referendum:
                var tallies = Choices.ToDictionary(c => c, c => (long)item.Ballots.Values.Count(b => b == c));
                return Counted(item.Ballots.Count, item.Voters.Count, Quorum, tallies["yes"] > tallies["no"],
                    tallies.ToDictionary(t => t.Key, t => t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            default:
                var cells = item.Bodies.Count;
                var cellsFor = item.Answers.Count(a => a.Value);
                var all = item.Bodies.Values.Sum(b => b.Members);
                var membersFor = item.Answers.Where(a => a.Value).Sum(a => item.Bodies[a.Key].Members);
                // More than half, strictly, of the cells and of the members.
                var carried = cells > 0 && 2 * cellsFor > cells && all > 0 && 2 * membersFor > all;
                return Counted(item.Answers.Count, cells, Fraction.Zero, carried, new Dictionary<string, string>
                {
                    ["bodiesRatifying"] = cellsFor.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["membersRatifying"] = membersFor.ToString(System.Globalization.CultureInfo.InvariantCulture),
                });
        }
    }

    private static (long, long, long, Outcome, Dictionary<string, string>) Counted(long turnout, long eligible, Fraction quorum, bool carried, Dictionary<string, string> totals)
    {
        var needed = ((quorum.Num * eligible) + quorum.Den - 1) / quorum.Den;
        return (turnout, eligible, needed, turnout < needed ? Outcome.Lapsed : carried ? Outcome.Carried : Outcome.Rejected, totals);
    }

    private static (BigInteger Num, BigInteger Den) Reduce(BigInteger num, BigInteger den)
    {
        var gcd = BigInteger.GreatestCommonDivisor(num, den);
        return gcd.IsZero ? (BigInteger.Zero, BigInteger.One) : (num / gcd, den / gcd);
    }

    private static string Write(BigInteger num, BigInteger den) => den.IsOne ? num.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{num}/{den}";
}
