using Councils.Domain.Events;
using Councils.Domain.Motions;

namespace Councils.Domain.Bodies;

/// <summary>The rules of a motion's discussion.</summary>
public sealed partial class BodyState
{
    /// <remarks>
    /// Members discuss a motion while it is open, so what they say can still change the ballots;
    /// once it is decided or closed, a member who disagrees attaches a minority report instead.
    /// </remarks>
    private BodyState Post(DiscussionPosted posted, RecordedEvent recorded)
    {
        var motion = MotionFor(posted.Motion, "payload.motion");
        // As for a minority report: in a referendum every voter on the roll may speak, not only the delegates.
        if (motion.Item?.Voters.ContainsKey(recorded.Author) != true)
            RequireMember(recorded.Author, "take part in the discussion", recorded.At);
        switch (motion.StatusAt(recorded.At))
        {
            case MotionStatus.Decided:
                throw new RuleViolation(Rules.MotionClosed,
                    $"Motion {motion.Id} is decided, so its discussion is closed; a member who disagrees attaches a minority report.");
            case MotionStatus.Closed:
                throw new RuleViolation(Rules.MotionClosed,
                    $"Motion {motion.Id} closed at {When(motion.ClosesAt)}, and its discussion with it; a member who disagrees attaches a minority report.");
        }
        if (posted.Answers is { } answers && !motion.Discussion.Exists(c => c.Seq == answers))
            throw new RuleViolation(Rules.UnknownContribution,
                $"There is no contribution {answers} in the discussion of motion {motion.Id}: a contribution answers an earlier one on the same motion, named by the seq of its discussion.posted.",
                "payload.answers");
        return WithMotion(motion.With(new Contribution(recorded.Author, posted.Text, posted.Answers, recorded.Seq, recorded.At)));
    }
}
