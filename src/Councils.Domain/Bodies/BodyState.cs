using System.Collections.Immutable;
using System.Globalization;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Motions;
using Councils.Domain.Record;

namespace Councils.Domain.Bodies;

/// <summary>
/// The state of a body: a fold over its log. <see cref="Apply"/> takes the next event, checks it
/// against every rule of the body, and returns the state after it or refuses it with a
/// <see cref="RuleViolation"/>. The node that appends and anyone who verifies fold the same way.
/// </summary>
/// <remarks>
/// A state is immutable; applying an event returns a new one. Until <c>body.created</c> is applied,
/// only <see cref="Id"/>, <see cref="Seq"/> (−1) and the empty collections may be read.
/// </remarks>
public sealed partial class BodyState
{
    private readonly string? _name;
    private readonly BodyKind? _kind;
    private readonly PublicKey? _nodeKey;

    private BodyState(BodyId id)
    {
        Id = id;
        Seq = -1;
        CharterHistory = ImmutableSortedDictionary<int, CharterVersion>.Empty;
        Members = ImmutableDictionary<PublicKey, Member>.Empty;
        Motions = ImmutableSortedDictionary<MotionId, Motion>.Empty;
        Affiliations = ImmutableSortedDictionary<BodyId, Affiliation>.Empty;
        Outbox = [];
        MemberBodies = ImmutableSortedDictionary<BodyId, MemberBody>.Empty;
        Applicants = ImmutableSortedDictionary<BodyId, BodyJoined>.Empty;
        Delegates = ImmutableDictionary<PublicKey, DelegateSeat>.Empty;
        RecalledDelegates = ImmutableDictionary<PublicKey, BodyId>.Empty;
        LastCited = ImmutableDictionary<BodyId, long>.Empty;
    }

    private BodyState(BodyState state, string? name = null, BodyKind? kind = null, PublicKey? nodeKey = null)
    {
        Id = state.Id;
        _name = name ?? state._name;
        _kind = kind ?? state._kind;
        _nodeKey = nodeKey ?? state._nodeKey;
        Seq = state.Seq;
        LastAt = state.LastAt;
        CharterHistory = state.CharterHistory;
        Members = state.Members;
        Motions = state.Motions;
        Affiliations = state.Affiliations;
        Outbox = state.Outbox;
        MemberBodies = state.MemberBodies;
        Applicants = state.Applicants;
        Delegates = state.Delegates;
        RecalledDelegates = state.RecalledDelegates;
        LastCited = state.LastCited;
    }

    /// <summary>The body's id.</summary>
    public BodyId Id { get; }

    /// <summary>Whether <c>body.created</c> has been applied.</summary>
    public bool IsCreated => Seq >= 0;

    /// <summary>The body's name.</summary>
    public string Name => _name ?? throw NotCreated();

    /// <summary>What the body is.</summary>
    public BodyKind Kind => _kind ?? throw NotCreated();

    /// <summary>The key of the node that created the body: the author of its <c>body.created</c>.</summary>
    public PublicKey NodeKey => _nodeKey ?? throw NotCreated();

    /// <summary>The charter in force.</summary>
    public Charter Charter => CharterVersion.Charter;

    /// <summary>The version of the charter in force, with how it was adopted.</summary>
    public CharterVersion CharterVersion => IsCreated ? CharterHistory[CharterHistory.Count] : throw NotCreated();

    /// <summary>Every version of the charter the body has had, by number, from 1.</summary>
    public ImmutableSortedDictionary<int, CharterVersion> CharterHistory { get; private init; }

    /// <summary>The members, by key.</summary>
    public ImmutableDictionary<PublicKey, Member> Members { get; private init; }

    /// <summary>Every motion ever opened, by id.</summary>
    public ImmutableSortedDictionary<MotionId, Motion> Motions { get; private init; }

    /// <summary>The seq of the last event applied; −1 before <c>body.created</c>.</summary>
    public long Seq { get; private init; }

    /// <summary>When the last event applied happened, in milliseconds since the Unix epoch; 0 before <c>body.created</c>.</summary>
    public long LastAt { get; private init; }

    /// <summary>The state of a body whose log is still empty.</summary>
    public static BodyState Empty(BodyId id) => new(id);

    /// <summary>Folds a whole log, from its first event.</summary>
    /// <exception cref="RuleViolation">An event breaks a rule; the exception says which.</exception>
    public static BodyState Fold(BodyId id, IEnumerable<RecordedEvent> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.Aggregate(Empty(id), (state, recorded) => state.Apply(recorded));
    }

    /// <summary>Applies the next event of the log.</summary>
    /// <returns>The state after the event.</returns>
    /// <exception cref="RuleViolation">The event breaks a rule of the body; the state is unchanged.</exception>
    public BodyState Apply(RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        CheckPlace(recorded);
        var next = recorded.Event switch
        {
            BodyCreated created => Create(created, recorded),
            MemberAdmitted admitted => Admit(admitted, recorded),
            MotionOpened opened => Open(opened, recorded),
            BallotCast cast => Cast(cast, recorded),
            MinorityReportAttached report => Attach(report, recorded),
            DiscussionPosted posted => Post(posted, recorded),
            MotionDecided decided => Decided(decided, recorded),
            MotionAmended amended => Amend(amended, recorded),
            RecallPetitioned petition => Petition(petition, recorded),
            BallotRefused refused => Refused(refused, recorded),
            Reflection reflection => Reflect(reflection, recorded),
            _ => throw new ArgumentException($"The fold has no rule for {recorded.Event.Kind}.", nameof(recorded)),
        };
        return new BodyState(next) { Seq = recorded.Seq, LastAt = recorded.At };
    }

    /// <summary>Whether <paramref name="key"/> is a member now.</summary>
    /// <remarks>A federation's members are bodies; the people who act in it are its delegates, so a seated delegate counts here.</remarks>
    public bool IsMember(PublicKey key) => Members.ContainsKey(key) || Delegates.ContainsKey(key);

    /// <summary>A member's or delegate's name, for messages; any other key is named as a key.</summary>
    public string NameOf(PublicKey key) =>
        Members.TryGetValue(key, out var member) ? member.Name
        : Delegates.TryGetValue(key, out var seat) ? seat.Name
        : $"the key {key}";

    internal BodyState Admit(PublicKey key, string name, long seq) =>
        new(this) { Members = Members.Add(key, new Member(name, seq)) };

    internal BodyState AdoptCharter(Charter charter, MotionId motion, long seq)
    {
        var version = CharterVersion.Version + 1;
        return new(this) { CharterHistory = CharterHistory.Add(version, new CharterVersion(version, charter, motion, seq)) };
    }

    private static string When(long at) =>
        DateTimeOffset.FromUnixTimeMilliseconds(at).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private InvalidOperationException NotCreated() => new($"The body {Id} has no body.created yet.");

    private void CheckPlace(RecordedEvent recorded)
    {
        if (!IsCreated)
        {
            if (recorded.Event is not BodyCreated || recorded.Seq != 0)
                throw new RuleViolation(Rules.FirstEvent,
                    $"The log of {Id} begins with body.created at seq 0, not with {recorded.Event.Kind} at seq {recorded.Seq}.");
            return;
        }
        if (recorded.Seq != Seq + 1)
            throw new RuleViolation(Rules.Seq,
                $"Event {recorded.Seq} cannot follow event {Seq}: the next event of {Id} is {Seq + 1}; a log has no gaps.", "seq");
        if (recorded.At < LastAt)
            throw new RuleViolation(Rules.Time,
                $"Event {recorded.Seq} is dated {When(recorded.At)}, before event {Seq} ({When(LastAt)}); time in a log never runs backwards.", "at");
        if (recorded.Event is BodyCreated)
            throw new RuleViolation(Rules.BodyCreatedOnce, $"{Id} was created at seq 0; a body is created once.");
    }

    private BodyState WithMotion(Motion motion) => new(this) { Motions = Motions.SetItem(motion.Id, motion) };

    private Motion MotionFor(MotionId id, string field) =>
        Motions.TryGetValue(id, out var motion)
            ? motion
            : throw new RuleViolation(Rules.UnknownMotion,
                $"There is no motion {id} in {Id}: a motion is named by the seq of the motion.opened that opened it.", field);

    /// <summary>Refuses an act by someone who is not a member (in a federation, a delegate whose term runs at <paramref name="at"/>).</summary>
    private void RequireMember(PublicKey author, string act, long at)
    {
        if (Delegates.TryGetValue(author, out var seat) && !Members.ContainsKey(author) && at >= seat.Until)
            throw new RuleViolation(Rules.TermEnded,
                $"{seat.Name}'s term as a delegate of {seat.Seat.Body} ended at {When(seat.Until)}; they cannot {act} in {Id} until {seat.Seat.Body} elects them again.");
        if (IsMember(author))
            return;
        if (RecalledDelegates.TryGetValue(author, out var body))
            throw new RuleViolation(Rules.Recalled, $"{body} recalled this delegate; their authority in {Id} ended when the recall carried, so they cannot {act}.");
        throw new RuleViolation(Rules.NotAMember, Kind == BodyKind.Federation
            ? $"Only a delegate seated for a member body of {Id} may {act}; {NameOf(author)} is not one."
            : $"Only a member of {Id} may {act}; {NameOf(author)} is not one.");
    }
}
