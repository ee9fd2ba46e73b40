using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;

namespace Councils.Domain.Bodies;

/// <summary>The rules of deciding motions: who may decide when, and the recount every decision must match.</summary>
public sealed partial class BodyState
{
    /// <summary>
    /// Computes the <c>motion.decided</c> event that decides a motion at <paramref name="at"/>,
    /// appended by <paramref name="decidedBy"/>: the recount of its ballots under its method and the
    /// charter version in force when it opened. The node appends this event, and the fold checks it
    /// by the same count, so the two cannot disagree.
    /// </summary>
    /// <exception cref="RuleViolation">
    /// The motion is unknown (<c>unknown-motion</c>) or decided (<c>already-decided</c>),
    /// <paramref name="decidedBy"/> may not decide it at <paramref name="at"/> (<c>author</c>),
    /// or <paramref name="at"/> is before the last event (<c>time</c>).
    /// </exception>
    public MotionDecided Decide(MotionId motion, long at, PublicKey decidedBy)
    {
        if (!IsCreated)
            throw NotCreated();
        if (at < LastAt)
            throw new RuleViolation(Rules.Time,
                $"A decision at {When(at)} would come before the last event of {Id} ({When(LastAt)}); time in a log never runs backwards.", "at");
        var decided = MotionFor(motion, "motion");
        CheckDecider(decided, at, decidedBy);
        return new MotionDecided(decided.Id, decided.Recount(), decided.CharterVersion);
    }

    private BodyState Decided(MotionDecided decided, RecordedEvent recorded)
    {
        var motion = MotionFor(decided.Motion, "payload.motion");
        CheckDecider(motion, recorded.At, recorded.Author);
        if (decided.Charter != motion.CharterVersion)
            throw new RuleViolation(Rules.CountMismatch,
                $"Motion {motion.Id} opened under charter version {motion.CharterVersion} and is counted under it, not under version {decided.Charter}.",
                "payload.charter");
        var recount = motion.Recount();
        if (decided.Count != recount)
            throw new RuleViolation(Rules.CountMismatch,
                $"The decision on motion {motion.Id} records \"{decided.Count}\", but its ballots count \"{recount}\".", "payload.count");
        var next = WithMotion(motion.With(new Decision(recount, motion.CharterVersion, recorded.At, recorded.Author, recorded.Seq)));
        var after = recount.Outcome == Outcome.Carried && motion.Effect is { } effect
            ? effect.Apply(next, motion.Id, recorded.Seq)
            : next;
        return after.Notify(after.Motions[motion.Id], recorded.Seq);
    }

    private void CheckDecider(Motion motion, long at, PublicKey author)
    {
        if (motion.Decision is not null)
            throw new RuleViolation(Rules.AlreadyDecided, $"Motion {motion.Id} was decided at seq {motion.Decision.Seq}; a motion is decided once.");
        if (author != NodeKey && !IsMember(author))
        {
            throw RecalledDelegates.TryGetValue(author, out var from)
                ? new RuleViolation(Rules.Recalled, $"{from} recalled this delegate; their authority in {Id} ended when the recall carried, so they cannot decide motion {motion.Id}.")
                : new RuleViolation(Rules.Author, $"A member of {Id} or its node decides a motion; {NameOf(author)} is neither.");
        }
        if (author != NodeKey && Delegates.TryGetValue(author, out var seat) && !Members.ContainsKey(author) && at >= seat.Until)
            throw new RuleViolation(Rules.TermEnded, $"{seat.Name}'s term as a delegate of {seat.Seat.Body} ended at {When(seat.Until)}; the node or a delegate in their term decides motion {motion.Id}.");
        if (at < motion.ClosesAt && !motion.IsSettled())
            throw new RuleViolation(Rules.NotSettled,
                $"Motion {motion.Id} is open until {When(motion.ClosesAt)}, and the ballots still to come could change its outcome; it can be decided early only once they cannot.");
    }
}
