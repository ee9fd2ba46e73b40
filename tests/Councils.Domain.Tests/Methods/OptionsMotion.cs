using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Methods;

/// <summary>
/// Motions with several options, through the real fold: a body of n members (keys 1 to n), a motion
/// opened by member 1 at seq 1, ballots written in a short notation, and the node's decision.
/// </summary>
/// <remarks>
/// Ballot notation: approval "a,c"; score "a=5,b=2"; ranked "a>b=c>d" (= joins a group of equal
/// rank); the empty string is a blank ballot of any kind.
/// </remarks>
internal static class OptionsMotion
{
    public static readonly MotionId Id = new(1);

    /// <summary>A body of <paramref name="members"/> founders under the given quorum, with a motion open under <paramref name="method"/>.</summary>
    public static BodyState Open(DecisionMethod method, int members, Fraction? quorum = null)
    {
        var charter = Charter.For(BodyKind.WorkplaceCommittee) with { Quorum = quorum ?? Fraction.Of(1, 2) };
        var created = new BodyCreated("Acme Workshop", BodyKind.WorkplaceCommittee, charter,
            Enumerable.Range(1, members).Select(i => new Founder(Member(i), $"Member {i}")));
        return BodyState.Empty(Log.Id)
            .Apply(new RecordedEvent(0, Log.Start, People.Node, created))
            .Apply(new RecordedEvent(1, Log.Start + Log.Second, Member(1), new MotionOpened("Choose a supplier", "", method)));
    }

    public static PublicKey Member(int i) => People.Key((byte)i);

    /// <summary>Member <paramref name="member"/> casts the ballot written in the notation.</summary>
    public static BodyState Casts(this BodyState state, int member, string ballot) =>
        state.Apply(new RecordedEvent(state.Seq + 1, state.LastAt + Log.Second, Member(member), new BallotCast(Id, Json(state, ballot))));

    /// <summary>Members 1, 2, 3… cast the ballots in turn.</summary>
    public static BodyState CastAll(this BodyState state, IEnumerable<string> ballots) =>
        ballots.Select((ballot, i) => (ballot, i)).Aggregate(state, (s, b) => s.Casts(b.i + 1, b.ballot));

    /// <summary>The node decides the motion when it closes.</summary>
    public static MotionDecided Decision(this BodyState state) =>
        state.Decide(Id, Math.Max(state.LastAt, state.Motions[Id].ClosesAt), People.Node);

    /// <summary>Applies <paramref name="decided"/> as the node's event at the motion's close.</summary>
    public static BodyState Applies(this BodyState state, MotionDecided decided) =>
        state.Apply(new RecordedEvent(state.Seq + 1, Math.Max(state.LastAt, state.Motions[Id].ClosesAt), People.Node, decided));

    /// <summary>Decides the motion as the node does and returns its count as the state keeps it.</summary>
    public static Count Decided(this BodyState state) => state.Applies(state.Decision()).Motions[Id].Decision!.Count;

    /// <summary>A ballot in the notation, as JSON for the motion's method.</summary>
    public static JsonObject Json(BodyState state, string ballot) => Json(state.Motions[Id].Method, ballot);

    public static JsonObject Json(DecisionMethod method, string ballot)
    {
        var parts = ballot.Length == 0 ? [] : ballot.Split(method is ApprovalVote or ScoreVote ? ',' : '>');
        return method switch
        {
            ApprovalVote => new JsonObject { ["approve"] = new JsonArray([.. parts.Select(p => (JsonNode)p)]) },
            ScoreVote => new JsonObject
            {
                ["scores"] = new JsonObject(parts.Select(p => p.Split('=')).Select(p => KeyValuePair.Create(p[0], (JsonNode?)int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))),
            },
            _ => new JsonObject { ["ranking"] = new JsonArray([.. parts.Select(g => (JsonNode)new JsonArray([.. g.Split('=').Select(o => (JsonNode)o)]))]) },
        };
    }

    /// <summary>The ballots "a>b", "c"… repeated: ("a>b", 3) gives three of them.</summary>
    public static IEnumerable<string> Times(params (string Ballot, int Count)[] ballots) =>
        ballots.SelectMany(b => Enumerable.Repeat(b.Ballot, b.Count));
}
