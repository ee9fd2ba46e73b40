using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;

namespace Councils.Domain.Tests.Support;

/// <summary>
/// A random valid history of a body, in rounds: people are admitted, motions open, members cast
/// ballots and attach minority reports, and the node decides every motion once it has closed.
/// <see cref="Replay"/> folds the same history with the ballots and reports of each round in another order.
/// </summary>
internal sealed class RandomHistory
{
    private static readonly Fraction[] Quorums = [Fraction.Zero, Fraction.Of(1, 3), Fraction.Of(1, 2), Fraction.Of(2, 3), Fraction.One];

    private static readonly DecisionMethod?[] Methods =
    [
        null, new SimpleMajority(), new Consent(), QualifiedMajority.TwoThirdsOfVotesCast,
        new QualifiedMajority(Fraction.Of(1, 2), VoteBase.Members),
    ];

    private readonly BodyCreated _created;
    private readonly List<Round> _rounds = [];

    private RandomHistory(Random random)
    {
        var founders = Enumerable.Range(1, random.Next(3, 9)).Select(i => new Founder(People.Key((byte)i), $"Founder {i}"));
        _created = new BodyCreated("Acme Workshop", BodyKind.WorkplaceCommittee, RandomCharter(random), founders);
        var state = BodyState.Empty(Log.Id).Apply(new RecordedEvent(0, Log.Start, People.Node, _created));
        var newcomer = 100;
        for (var r = random.Next(1, 4); r > 0; r--)
        {
            var round = new Round();
            for (var a = random.Next(0, 3); a > 0 && state.Charter.Admission != Admission.ByDecision; a--)
            {
                var key = People.Key((byte)newcomer++);
                var author = state.Charter.Admission == Admission.Open ? key : Pick(random, state.Members.Keys);
                state = Add(state, round.Opening, author, new MemberAdmitted(key, $"Newcomer {newcomer}"));
            }
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                MotionEffect? effect = random.Next(8) switch
                {
                    0 => new AmendCharter(RandomCharter(random)),
                    1 => new AdmitMember(People.Key((byte)newcomer++), $"Newcomer {newcomer}"),
                    _ => null,
                };
                state = Add(state, round.Opening, Pick(random, state.Members.Keys), new MotionOpened($"Motion {state.Seq + 1}", "", Methods[random.Next(Methods.Length)], effect));
                round.Motions.Add(new MotionId(state.Seq));
            }
            foreach (var id in round.Motions)
            {
                var motion = state.Motions[id];
                var turnout = random.NextDouble();
                foreach (var member in motion.Eligible.Where(_ => random.NextDouble() < turnout))
                    state = Add(state, round.Talk, member, new BallotCast(id, RandomBallot(random, motion.Method)));
                if (random.Next(3) == 0)
                    state = Add(state, round.Talk, Pick(random, state.Members.Keys), new MinorityReportAttached(id, $"We dissent on motion {id}."));
            }
            state = Decide(state, round);
            _rounds.Add(round);
        }
        State = state;
    }

    /// <summary>The state after the history, folded in the order it was made.</summary>
    public BodyState State { get; }

    /// <summary>Every ballot of the history, with the motion it was cast on.</summary>
    public IEnumerable<BallotCast> Ballots => _rounds.SelectMany(r => r.Talk).Select(t => t.Event).OfType<BallotCast>();

    public static RandomHistory Make(int seed) => new(new Random(seed));

    /// <summary>Folds the history again with the ballots and reports of each round shuffled by <paramref name="shuffler"/>.</summary>
    public BodyState Replay(Random shuffler)
    {
        var state = BodyState.Empty(Log.Id).Apply(new RecordedEvent(0, Log.Start, People.Node, _created));
        foreach (var round in _rounds)
        {
            foreach (var (author, bodyEvent) in round.Opening.Concat(round.Talk.OrderBy(_ => shuffler.Next())))
                state = Next(state, author, bodyEvent);
            state = Decide(state, round);
        }
        return state;
    }

    private static BodyState Add(BodyState state, List<(PublicKey, BodyEvent)> to, PublicKey author, BodyEvent bodyEvent)
    {
        to.Add((author, bodyEvent));
        return Next(state, author, bodyEvent);
    }

    private static BodyState Next(BodyState state, PublicKey author, BodyEvent bodyEvent) =>
        state.Apply(new RecordedEvent(state.Seq + 1, state.LastAt + Log.Second, author, bodyEvent));

    private static BodyState Decide(BodyState state, Round round)
    {
        var at = Math.Max(state.LastAt, round.Motions.Max(id => state.Motions[id].ClosesAt));
        foreach (var id in round.Motions)
            state = state.Apply(new RecordedEvent(state.Seq + 1, at, People.Node, state.Decide(id, at, People.Node)));
        return state;
    }

    private static Charter RandomCharter(Random random) => new(
        (Admission)random.Next(3),
        Methods[random.Next(1, Methods.Length)]!,
        Quorums[random.Next(Quorums.Length)],
        Methods[random.Next(1, Methods.Length)]!,
        random.Next(2) == 0 ? 3600 : 7 * 24 * 3600);

    private static JsonObject RandomBallot(Random random, DecisionMethod method) => method is Consent
        ? random.Next(3) switch
        {
            0 => new JsonObject { ["choice"] = "consent" },
            1 => new JsonObject { ["choice"] = "stand-aside" },
            _ => new JsonObject { ["choice"] = "object", ["reason"] = $"Reason {random.Next(100)}" },
        }
        : new JsonObject { ["choice"] = new[] { "yes", "no", "abstain" }[random.Next(3)] };

    private static PublicKey Pick(Random random, IEnumerable<PublicKey> keys)
    {
        var list = keys.OrderBy(k => k.ToString(), StringComparer.Ordinal).ToList();
        return list[random.Next(list.Count)];
    }

    private sealed class Round
    {
        /// <summary>Admissions and motions, in a fixed order.</summary>
        public List<(PublicKey Author, BodyEvent Event)> Opening { get; } = [];

        /// <summary>Ballots and minority reports, in any order.</summary>
        public List<(PublicKey Author, BodyEvent Event)> Talk { get; } = [];

        public List<MotionId> Motions { get; } = [];
    }
}
