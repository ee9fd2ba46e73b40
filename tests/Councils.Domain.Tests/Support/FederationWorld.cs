using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;

namespace Councils.Domain.Tests.Support;

/// <summary>
/// Cells and federations on one clock, each event going through the real fold. After every event in
/// a cell, the cell's new notices are delivered to their federations as the node delivers them:
/// appended by the federation's node, citing the cell's decision with a fake but fixed entry hash.
/// </summary>
internal sealed class FederationWorld
{
    /// <summary>The node that hosts the cells.</summary>
    public static PublicKey CellNode => People.Node;

    private readonly Dictionary<BodyId, BodyState> _bodies = [];
    private readonly Dictionary<BodyId, int> _delivered = [];

    /// <summary>The clock: the time of the next event.</summary>
    public long Now { get; private set; } = Log.Start;

    /// <summary>Notices a federation refused, with why; the node's handling of them is not the fold's business.</summary>
    public List<(BodyId Cell, Notice Notice, RuleViolation Refusal)> Refused { get; } = [];

    public BodyState this[string id] => _bodies[BodyId.Parse(id)];

    public BodyState this[BodyId id] => _bodies[id];

    public static Citation Cite(BodyId body, long seq) => new(body, seq, Sha256Hash.Of(Encoding.UTF8.GetBytes($"{body}:{seq}")));

    /// <summary>A cell founded by <see cref="CellNode"/>, with the named people as founders.</summary>
    public FederationWorld Cell(string id, Charter charter, params PublicKey[] members) =>
        Create(id, BodyKind.WorkplaceCommittee, charter, CellNode, members.Select(m => new Founder(m, People.NameOf(m))));

    /// <summary>A federation hosted by <paramref name="node"/>.</summary>
    public FederationWorld Federation(string id, Charter charter, PublicKey node) => Create(id, BodyKind.Federation, charter, node, []);

    /// <summary>The event that would come next in <paramref name="body"/>'s log, at <see cref="Now"/>.</summary>
    public RecordedEvent Next(string body, PublicKey author, BodyEvent bodyEvent) =>
        new(this[body].Seq + 1, Now, author, bodyEvent);

    /// <summary>Appends an event (the clock moves on a second), then delivers the cell's new notices.</summary>
    /// <exception cref="RuleViolation">The fold refuses the event; nothing changes.</exception>
    public BodyState Append(BodyId body, PublicKey author, BodyEvent bodyEvent)
    {
        var state = _bodies[body];
        var next = state.Apply(new RecordedEvent(state.Seq + 1, Now, author, bodyEvent));
        _bodies[body] = next;
        Now += Log.Second;
        Deliver(body);
        return next;
    }

    public BodyState Append(string body, PublicKey author, BodyEvent bodyEvent) => Append(BodyId.Parse(body), author, bodyEvent);

    /// <summary>Moves the clock on.</summary>
    public void Pass(long milliseconds) => Now += milliseconds;

    public MotionId Open(string body, PublicKey proposer, MotionEffect? effect = null, DecisionMethod? method = null, string? matter = null) =>
        new(Append(body, proposer, new MotionOpened($"Motion in {body}", "", method, effect, matter)).Seq);

    public void Vote(string body, PublicKey voter, MotionId motion, string choice) =>
        Append(body, voter, new BallotCast(motion, new JsonObject { ["choice"] = choice }));

    /// <summary>Ranks the candidates in the order given: <c>{"ranking":[["a"],["b"]]}</c>.</summary>
    public void Rank(string body, PublicKey voter, MotionId motion, params PublicKey[] order) =>
        Append(body, voter, new BallotCast(motion, Ranking(order)));

    public static JsonObject Ranking(IEnumerable<PublicKey> order) =>
        new() { ["ranking"] = new JsonArray([.. order.Select(k => (JsonNode)new JsonArray(k.ToString()))]) };

    /// <summary>Decides the motion as the node does: now if settled, else once it closes.</summary>
    public MotionDecided Decide(string body, MotionId motion)
    {
        var state = this[body];
        var closing = state.Motions[motion].ClosesAt;
        if (Now < closing && !state.Motions[motion].IsSettled())
            Now = closing;
        var decided = state.Decide(motion, Now, state.NodeKey);
        Append(body, state.NodeKey, decided);
        return decided;
    }

    /// <summary>Opens a motion with an effect, every member votes yes, and the node decides it.</summary>
    public MotionId Carry(string cell, MotionEffect effect)
    {
        var members = this[cell].Members.Keys.OrderBy(k => k.ToString(), StringComparer.Ordinal).ToList();
        var motion = Open(cell, members[0], effect);
        foreach (var member in members)
            Vote(cell, member, motion, "yes");
        Decide(cell, motion);
        return motion;
    }

    /// <summary>Elects delegates: every member ranks the candidates in the order given.</summary>
    public MotionId Elect(string cell, string federation, int seats, params PublicKey[] order)
    {
        var method = new SingleTransferableVote(StvRules.Scottish, order.Select(k => k.ToString()), seats, 7);
        var members = this[cell].Members.Keys.ToList();
        var motion = Open(cell, order[0], new DelegatesElect(BodyId.Parse(federation)), method);
        foreach (var member in members)
            Rank(cell, member, motion, order);
        Decide(cell, motion);
        return motion;
    }

    /// <summary>
    /// Opens an agenda item and, in the same stroke, records the roll of each member body the world
    /// holds (all of them unless <paramref name="rolls"/> names some): its head, its members, and for
    /// a referendum their keys.
    /// </summary>
    public MotionId OpenItem(string federation, PublicKey proposer, string matter, params string[] rolls)
    {
        var item = Open(federation, proposer, matter: matter);
        var state = this[federation];
        var referendum = state.Motions[item].Item!.Mode == DecisionMode.Referendum;
        foreach (var body in state.MemberBodies.Keys.Where(b => _bodies.ContainsKey(b) && (rolls.Length == 0 || rolls.Contains(b.ToString()))))
            Append(federation, state.NodeKey, Roll(body, item, referendum));
        return item;
    }

    /// <summary>The roll of <paramref name="body"/> for an item, citing its head.</summary>
    public RollRecorded Roll(BodyId body, MotionId item, bool referendum)
    {
        var cell = _bodies[body];
        ImmutableArray<PublicKey>? voters = referendum ? [.. cell.Members.Keys.OrderBy(k => k.ToString(), StringComparer.Ordinal)] : null;
        return new RollRecorded(Cite(body, cell.Seq), item, cell.Members.Count, voters);
    }

    private FederationWorld Create(string id, BodyKind kind, Charter charter, PublicKey node, IEnumerable<Founder> founders)
    {
        var body = BodyId.Parse(id);
        var created = new BodyCreated(id, kind, charter, founders);
        _bodies[body] = BodyState.Empty(body).Apply(new RecordedEvent(0, Now, node, created));
        _delivered[body] = 0;
        Now += Log.Second;
        return this;
    }

    private void Deliver(BodyId cell)
    {
        var outbox = _bodies[cell].Outbox;
        for (var i = _delivered[cell]; i < outbox.Count; i++)
        {
            var notice = outbox[i];
            _delivered[cell] = i + 1;
            if (!_bodies.TryGetValue(notice.Federation, out var federation))
                continue;
            try
            {
                Append(notice.Federation, federation.NodeKey, notice.Make(Cite(cell, notice.Seq)));
            }
            catch (RuleViolation refusal)
            {
                Refused.Add((cell, notice, refusal));
            }
        }
    }
}
