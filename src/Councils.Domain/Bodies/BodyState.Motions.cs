using Councils.Domain.Events;
using Councils.Domain.Motions;

namespace Councils.Domain.Bodies;

/// <summary>The rules of opening motions, casting ballots and attaching minority reports.</summary>
public sealed partial class BodyState
{
    private BodyState Open(MotionOpened opened, RecordedEvent recorded)
    {
        RequireMember(recorded.Author, "open a motion", recorded.At);
        opened.Effect?.CheckOpening(this, recorded.Author, "payload.effect");
        var charter = Charter;
        var method = opened.Effect?.MethodUnder(charter, opened.Method) ?? opened.Method ?? charter.Method;
        opened.Effect?.CheckMethod(this, method, "payload.method");
        var item = OpenItem(opened, ref method);
        var motion = new Motion(
            new MotionId(recorded.Seq), opened.Title, opened.Text, method, opened.Effect, recorded.Author,
            recorded.At, recorded.At + (charter.OpenForSeconds * 1000), CharterVersion.Version, charter.Quorum,
            item is null ? [.. Members.Keys, .. Delegates.Keys] : []);
        return WithMotion(item is null ? motion : motion.With(item));
    }

    private BodyState Cast(BallotCast cast, RecordedEvent recorded)
    {
        var motion = MotionFor(cast.Motion, "payload.motion");
        if (motion.Item is { } item)
            return CastOnItem(motion, item, cast, recorded);
        RequireMember(recorded.Author, "cast a ballot", recorded.At);
        var name = NameOf(recorded.Author);
        if (!motion.Eligible.Contains(recorded.Author))
            throw new RuleViolation(Rules.NotEligible,
                $"{name} became a member after motion {motion.Id} opened; only the members when a motion opens vote on it.");
        RequireOpen(motion, recorded.At);
        if (motion.Ballots.ContainsKey(recorded.Author))
            throw new RuleViolation(Rules.BallotDuplicate,
                $"{name} has already cast a ballot on motion {motion.Id}; a member casts one ballot per motion.");
        var ballot = motion.Method.ReadBallot(cast.Ballot, "payload.ballot");
        // The member's key as the body already holds it, so the state keeps one copy per member, not per ballot.
        var member = Members.TryGetKey(recorded.Author, out var held) ? held : recorded.Author;
        return WithMotion(motion.With(new CastBallot(member, ballot, recorded.Seq, recorded.At)));
    }

    private static void RequireOpen(Motion motion, long at)
    {
        switch (motion.StatusAt(at))
        {
            case MotionStatus.Decided:
                throw new RuleViolation(Rules.MotionClosed, $"Motion {motion.Id} is decided; ballots are cast before the decision.");
            case MotionStatus.Closed:
                throw new RuleViolation(Rules.MotionClosed,
                    $"Motion {motion.Id} closed at {When(motion.ClosesAt)}; ballots are cast before a motion closes.");
        }
    }

    private BodyState Attach(MinorityReportAttached report, RecordedEvent recorded)
    {
        var motion = MotionFor(report.Motion, "payload.motion");
        // In a referendum every voter on the roll may speak, not only the delegates.
        if (motion.Item?.Voters.ContainsKey(recorded.Author) != true)
            RequireMember(recorded.Author, "attach a minority report", recorded.At);
        return WithMotion(motion.With(new MinorityReport(recorded.Author, report.Text, recorded.Seq, recorded.At)));
    }
}
