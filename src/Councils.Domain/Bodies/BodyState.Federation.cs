using System.Collections.Immutable;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Motions;
using Councils.Domain.Record;

namespace Councils.Domain.Bodies;

/// <summary>
/// A federation's side: its member bodies, their delegates, and the records of their acts. A
/// federation learns of a member body's act only through its node's record citing the body's log,
/// and nothing here reaches into a member body.
/// </summary>
public sealed partial class BodyState
{
    /// <summary>A federation's member bodies, by id.</summary>
    public ImmutableSortedDictionary<BodyId, MemberBody> MemberBodies { get; private init; }

    /// <summary>Bodies that decided to join a federation that admits by decision, waiting for its decision.</summary>
    public ImmutableSortedDictionary<BodyId, BodyJoined> Applicants { get; private init; }

    /// <summary>The delegates seated in a federation now, by key.</summary>
    public ImmutableDictionary<PublicKey, DelegateSeat> Delegates { get; private init; }

    /// <summary>Delegates their bodies recalled (and did not seat again), by key, with their body.</summary>
    public ImmutableDictionary<PublicKey, BodyId> RecalledDelegates { get; private init; }

    /// <summary>The seq of the last act of each body that the federation's log recorded.</summary>
    public ImmutableDictionary<BodyId, long> LastCited { get; private init; }

    /// <summary>
    /// How many people the body stands for: its members, or for a federation the members of its
    /// member bodies as each last reported them.
    /// </summary>
    public long Membership => Kind == BodyKind.Federation ? MemberBodies.Values.Sum(b => b.Members) : Members.Count;

    internal BodyState AdmitApplicant(BodyId body) =>
        !Applicants.TryGetValue(body, out var joined) || MemberBodies.ContainsKey(body)
            ? this
            : new(this)
            {
                Applicants = Applicants.Remove(body),
                MemberBodies = MemberBodies.Add(body, new MemberBody(body, joined.Competences, joined.Members, Seq + 1)),
            };

    private BodyState Reflect(Reflection reflection, RecordedEvent recorded)
    {
        if (Kind != BodyKind.Federation)
            throw new RuleViolation(Rules.BodyKindMismatch, $"Only a federation's log records acts of member bodies; {Id} is a {Kind}.");
        if (recorded.Author != NodeKey)
            throw new RuleViolation(Rules.Citation,
                $"Only the node that hosts {Id} records a member body's act in its log, citing the body's own log; {NameOf(recorded.Author)} is not that node.");
        var body = reflection.Source.Body;
        if (reflection is not RollRecorded && LastCited.TryGetValue(body, out var last) && reflection.Source.Seq <= last)
            throw new RuleViolation(Rules.Citation,
                $"The log of {Id} has recorded the act at seq {last} of {body}; an act is recorded once, in the order of {body}'s log.", "payload.source.seq");
        var next = reflection switch
        {
            BodyJoined joined => Joined(joined, recorded),
            BodyWithdrawn => Withdrawn(body),
            DelegatesSeated seated => Seated(seated),
            DelegateRecalled recalled => Recalled(recalled),
            MandateRecorded mandate => WithItem(mandate.Motion, DecisionMode.Delegates, recorded.At, body, item =>
                item with { Mandates = item.Mandates.SetItem(body, mandate) }),
            RollRecorded roll => Roll(roll, recorded.At),
            RatificationReported answer => WithItem(answer.Motion, DecisionMode.Ratification, recorded.At, body, item =>
                item.Answers.ContainsKey(body)
                    ? throw new RuleViolation(Rules.AlreadyDecided, $"{body} has answered item {answer.Motion} already.")
                    : item with { Answers = item.Answers.Add(body, answer) }),
            _ => throw new ArgumentException($"The fold has no rule for {reflection.Kind}.", nameof(reflection)),
        };
        return reflection is RollRecorded ? next : new(next) { LastCited = LastCited.SetItem(body, reflection.Source.Seq) };
    }

    private BodyState Joined(BodyJoined joined, RecordedEvent recorded)
    {
        var body = joined.Source.Body;
        if (body == Id)
            throw new RuleViolation(Rules.PayloadInvalid, "A body cannot join itself.", "payload.source.body");
        if (MemberBodies.ContainsKey(body) || Applicants.ContainsKey(body))
            throw new RuleViolation(Rules.AlreadyAMember, $"{body} has already joined {Id}.", "payload.source.body");
        // With no member body yet there is no one to decide, so the first body is admitted.
        return Charter.Admission == Admission.Open || MemberBodies.IsEmpty
            ? new(this) { MemberBodies = MemberBodies.Add(body, new MemberBody(body, joined.Competences, joined.Members, recorded.Seq)) }
            : new(this) { Applicants = Applicants.Add(body, joined) };
    }

    private BodyState Withdrawn(BodyId body)
    {
        if (Applicants.ContainsKey(body))
            return new(this) { Applicants = Applicants.Remove(body) };
        if (!MemberBodies.ContainsKey(body))
            throw new RuleViolation(Rules.NotAffiliated, $"{body} is not a member of {Id}.", "payload.source.body");
        return new(this)
        {
            MemberBodies = MemberBodies.Remove(body),
            Delegates = Delegates.RemoveRange(Delegates.Where(d => d.Value.Seat.Body == body).Select(d => d.Key)),
            RecalledDelegates = RecalledDelegates.RemoveRange(RecalledDelegates.Where(d => d.Value == body).Select(d => d.Key)),
        };
    }

    private BodyState Seated(DelegatesSeated seated)
    {
        var body = MemberBodyOf(seated.Source.Body);
        var delegates = Delegates.RemoveRange(Delegates.Where(d => d.Value.Seat.Body == body.Body).Select(d => d.Key));
        var seats = seated.Seats;
        for (var i = 0; i < seated.Seats.Length; i++)
        {
            if (seated.Seats[i] is not { } person)
                continue;
            // A person holds one seat in a federation: one who sits for another body leaves this seat with the body that elected them.
            if (delegates.ContainsKey(person.Member))
            {
                seats = seats.SetItem(i, null);
                continue;
            }
            delegates = delegates.Add(person.Member, new DelegateSeat(new SeatRef(body.Body, i), person.Name, seated.Until));
        }
        return new(this)
        {
            Delegates = delegates,
            RecalledDelegates = RecalledDelegates.RemoveRange(seats.OfType<Person>().Select(p => p.Member)),
            MemberBodies = MemberBodies.SetItem(body.Body, body with { Seats = seats, Until = seated.Until }),
        };
    }

    private BodyState Recalled(DelegateRecalled recalled)
    {
        var body = MemberBodyOf(recalled.Source.Body);
        if (!Delegates.TryGetValue(recalled.Delegate, out var seat) || seat.Seat.Body != body.Body)
            throw new RuleViolation(Rules.NotADelegate, $"{NameOf(recalled.Delegate)} holds no seat of {body.Body} in {Id}.", "payload.delegate");
        var delegates = Delegates.Remove(recalled.Delegate);
        // The recall ends the delegate's authority whatever becomes of the seat: a substitute who
        // already sits for another body keeps that seat (one seat), and this one stays with the body.
        var holder = recalled.Substitute is { } substitute && !delegates.ContainsKey(substitute.Member) ? substitute : null;
        if (holder is not null)
            delegates = delegates.Add(holder.Member, seat with { Name = holder.Name });
        return new(this)
        {
            Delegates = delegates,
            // A substitute recalled in an earlier term who takes the seat now is seated again.
            RecalledDelegates = (holder is null ? RecalledDelegates : RecalledDelegates.Remove(holder.Member)).SetItem(recalled.Delegate, body.Body),
            MemberBodies = MemberBodies.SetItem(body.Body, body with { Seats = body.Seats.SetItem(seat.Seat.Index, holder) }),
        };
    }

    private BodyState Roll(RollRecorded roll, long at)
    {
        var body = roll.Source.Body;
        return WithItem(roll.Motion, null, at, body, item =>
        {
            if (item.Rolls.ContainsKey(body))
                throw new RuleViolation(Rules.PayloadInvalid, $"The roll of {body} for item {roll.Motion} is recorded already.", "payload.motion");
            if ((roll.Voters is null) != (item.Mode != DecisionMode.Referendum) || (roll.Voters is { } v && v.Length != roll.Members))
                throw new RuleViolation(Rules.PayloadInvalid,
                    "A roll lists its members' keys for a referendum, one per member, and for no other mode.", "payload.voters");
            var voters = item.Voters;
            if (roll.Voters is { } keys)
            {
                var builder = voters.ToBuilder();
                foreach (var key in keys)
                    builder.TryAdd(key, body);
                voters = builder.ToImmutable();
            }
            return item with { Rolls = item.Rolls.Add(body, roll), Voters = voters };
        });
    }

    /// <summary>Changes an open agenda item on behalf of one of the bodies that were members when it opened.</summary>
    private BodyState WithItem(MotionId id, DecisionMode? mode, long at, BodyId body, Func<AgendaItem, AgendaItem> change)
    {
        var motion = MotionFor(id, "payload.motion");
        if (motion.Item is not { } item || (mode is { } m && item.Mode != m))
            throw new RuleViolation(Rules.PayloadInvalid,
                $"Motion {id} of {Id} is not an agenda item decided by {(mode is { } mm ? Json.Spellings.Of(mm) : "any mode")}.", "payload.motion");
        if (motion.StatusAt(at) != MotionStatus.Open)
            throw new RuleViolation(Rules.MotionClosed, $"Item {id} of {Id} is closed; it hears nothing more from its member bodies.");
        if (!item.Seats.ContainsKey(body))
            throw new RuleViolation(Rules.NotAffiliated, $"{body} was not a member of {Id} when item {id} opened.", "payload.source.body");
        return WithMotion(motion.With(change(item)));
    }

    private MemberBody MemberBodyOf(BodyId body) =>
        MemberBodies.TryGetValue(body, out var member)
            ? member
            : throw new RuleViolation(Rules.NotAffiliated, $"{body} is not a member of {Id}.", "payload.source.body");
}
