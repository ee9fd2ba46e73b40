namespace Councils.Domain;

/// <summary>The stable codes of <see cref="RuleViolation.Rule"/>. <c>docs/rules.md</c> explains each.</summary>
public static class Rules
{
    /// <summary>A payload or value is not of the shape or size its kind requires; the field names it.</summary>
    public const string PayloadInvalid = "payload-invalid";

    /// <summary>An event names a kind the record does not have.</summary>
    public const string UnknownKind = "unknown-kind";

    /// <summary>A body id is not a slug, or a name gives no slug.</summary>
    public const string BodyId = "body-id";

    /// <summary>A kind of body that does not exist.</summary>
    public const string BodyKind = "body-kind";

    /// <summary>A log does not begin with <c>body.created</c> at seq 0.</summary>
    public const string FirstEvent = "first-event";

    /// <summary>A <c>body.created</c> after the first event.</summary>
    public const string BodyCreatedOnce = "body-created-once";

    /// <summary>An event whose seq is not the next one.</summary>
    public const string Seq = "seq";

    /// <summary>An event dated before the event it follows, or before the epoch.</summary>
    public const string Time = "time";

    /// <summary>A <c>member.admitted</c> the charter's admission rule does not allow.</summary>
    public const string Admission = "admission";

    /// <summary>The admission of someone who is already a member.</summary>
    public const string AlreadyAMember = "already-a-member";

    /// <summary>An act that only a member may do, done by someone who is not one.</summary>
    public const string NotAMember = "not-a-member";

    /// <summary>A ballot by a member admitted after the motion opened.</summary>
    public const string NotEligible = "not-eligible";

    /// <summary>A motion id that names no <c>motion.opened</c>.</summary>
    public const string UnknownMotion = "unknown-motion";

    /// <summary>A ballot on a motion whose deadline has passed or that is decided.</summary>
    public const string MotionClosed = "motion-closed";

    /// <summary>A second ballot by the same member on the same motion.</summary>
    public const string BallotDuplicate = "ballot-duplicate";

    /// <summary>A ballot the motion's decision method does not accept; the field names the part.</summary>
    public const string BallotInvalid = "ballot-invalid";

    /// <summary>A <c>motion.decided</c> by someone who may not decide the motion at that time.</summary>
    public const string Author = "author";

    /// <summary>A second decision on the same motion.</summary>
    public const string AlreadyDecided = "already-decided";

    /// <summary>A <c>motion.decided</c> before the motion closes while the ballots still to come could change its outcome.</summary>
    public const string NotSettled = "not-settled";

    /// <summary>A decision whose count, outcome or charter version differs from the recount of its ballots.</summary>
    public const string CountMismatch = "count-mismatch";

    /// <summary>An attempt to change the charter other than by a carried motion.</summary>
    public const string CharterByDecisionOnly = "charter-by-decision-only";
}
