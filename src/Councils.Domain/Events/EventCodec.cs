using System.Text.Json.Nodes;
using Councils.Domain.Json;

namespace Councils.Domain.Events;

/// <summary>
/// Reads and writes the payloads of events, by kind, as <c>docs/record.md</c> sets them out. Reading
/// is strict: a payload with a missing member, a member of the wrong type or a member the kind does
/// not have is refused, naming the member. <c>Decode(Encode(e))</c> equals <c>e</c>.
/// </summary>
public static class EventCodec
{
    /// <summary>Reads the payload of an event of the given kind.</summary>
    /// <param name="kind">The event's kind, such as <c>ballot.cast</c>.</param>
    /// <param name="payload">Its payload.</param>
    /// <exception cref="RuleViolation">
    /// The kind is unknown (<c>unknown-kind</c>), names a direct change to the charter
    /// (<c>charter-by-decision-only</c>), or the payload is not what the kind requires (<c>payload-invalid</c> and others).
    /// </exception>
    public static BodyEvent Decode(string kind, JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(payload);
        var fields = new JsonFields(payload, "payload", $"a {kind} payload");
        BodyEvent decoded = kind switch
        {
            BodyCreated.KindName => BodyCreated.Read(fields),
            MemberAdmitted.KindName => MemberAdmitted.Read(fields),
            MotionOpened.KindName => MotionOpened.Read(fields),
            BallotCast.KindName => BallotCast.Read(fields),
            MinorityReportAttached.KindName => MinorityReportAttached.Read(fields),
            DiscussionPosted.KindName => DiscussionPosted.Read(fields),
            MotionDecided.KindName => MotionDecided.Read(fields),
            MotionAmended.KindName => MotionAmended.Read(fields),
            RecallPetitioned.KindName => RecallPetitioned.Read(fields),
            BallotRefused.KindName => BallotRefused.Read(fields),
            BodyJoined.KindName => BodyJoined.Read(fields),
            BodyWithdrawn.KindName => BodyWithdrawn.Read(fields),
            DelegatesSeated.KindName => DelegatesSeated.Read(fields),
            MandateRecorded.KindName => MandateRecorded.Read(fields),
            DelegateRecalled.KindName => DelegateRecalled.Read(fields),
            RollRecorded.KindName => RollRecorded.Read(fields),
            RatificationReported.KindName => RatificationReported.Read(fields),
            _ when kind.StartsWith("charter.", StringComparison.Ordinal) => throw new RuleViolation(Rules.CharterByDecisionOnly,
                $"There is no '{kind}' event: a body changes its charter only by a carried motion whose effect is 'charter.amend'.", "kind"),
            _ => throw new RuleViolation(Rules.UnknownKind,
                $"'{kind}' is not a kind of event: the kinds are {string.Join(", ", Kinds)}.", "kind"),
        };
        fields.End();
        return decoded;
    }

    /// <summary>Writes an event as its kind and payload.</summary>
    public static (string Kind, JsonObject Payload) Encode(BodyEvent bodyEvent)
    {
        ArgumentNullException.ThrowIfNull(bodyEvent);
        return (bodyEvent.Kind, bodyEvent.ToPayload());
    }

    /// <summary>Every kind of event, in the order of <c>docs/record.md</c>.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
    [
        BodyCreated.KindName, MemberAdmitted.KindName, MotionOpened.KindName,
        BallotCast.KindName, MinorityReportAttached.KindName, DiscussionPosted.KindName, MotionDecided.KindName,
        MotionAmended.KindName, RecallPetitioned.KindName, BallotRefused.KindName,
        BodyJoined.KindName, BodyWithdrawn.KindName, DelegatesSeated.KindName, MandateRecorded.KindName,
        DelegateRecalled.KindName, RollRecorded.KindName, RatificationReported.KindName,
    ];
}
