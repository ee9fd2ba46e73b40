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

    /// <summary>An answer naming no earlier contribution to the same motion's discussion.</summary>
    public const string UnknownContribution = "unknown-contribution";

    /// <summary>A ballot or a contribution to the discussion on a motion whose deadline has passed or that is decided.</summary>
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

    /// <summary>An act towards a federation the body does not belong to, or a body the federation does not have.</summary>
    public const string NotAffiliated = "not-affiliated";

    /// <summary>A recall or petition naming someone who holds no seat of the body.</summary>
    public const string NotADelegate = "not-a-delegate";

    /// <summary>A recall motion opened with less support than the charter's <c>recallSupport</c>.</summary>
    public const string RecallSupport = "recall-support";

    /// <summary>A candidate who has served the charter's number of consecutive terms.</summary>
    public const string Rotation = "rotation";

    /// <summary>A federation motion on a matter its charter does not name or some member body did not delegate.</summary>
    public const string Competence = "competence";

    /// <summary>A delegate's ballot outside the mandate in force.</summary>
    public const string Mandate = "mandate";

    /// <summary>An act by a delegate their body has recalled.</summary>
    public const string Recalled = "recalled";

    /// <summary>An act by a delegate whose term has ended.</summary>
    public const string TermEnded = "term-ended";

    /// <summary>A record of a member body's act not appended by the node, or citing an act older than one already recorded.</summary>
    public const string Citation = "citation";

    /// <summary>A <c>ballot.refused</c> for a ballot the rules would have accepted, or refused under another rule.</summary>
    public const string RefusalUnfounded = "refusal-unfounded";

    /// <summary>An act that only a federation has (member bodies, agenda items), in a cell; or a cell's act in a federation.</summary>
    public const string BodyKindMismatch = "body-kind-mismatch";
}
