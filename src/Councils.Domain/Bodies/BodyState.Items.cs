using System.Collections.Immutable;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;

namespace Councils.Domain.Bodies;

/// <summary>
/// A federation's agenda items: motions on a matter its member bodies delegated, decided by the
/// mode its charter sets for that matter. The delegates' ballots are checked against their seats,
/// terms and mandates.
/// </summary>
public sealed partial class BodyState
{
    /// <summary>The agenda item a motion opens, or null for a motion on no matter; refuses a matter outside the competences.</summary>
    private AgendaItem? OpenItem(MotionOpened opened, ref DecisionMethod method)
    {
        if (opened.Matter is not { } matter)
        {
            if (Kind == BodyKind.Federation && opened.Effect is null)
                throw new RuleViolation(Rules.Competence,
                    $"{Id} is a federation: it decides only the matters its member bodies delegated, so a motion names its matter ('matter'); {Id} decides {Listed()}.",
                    "payload.matter");
            return null;
        }
        if (Kind != BodyKind.Federation)
            throw new RuleViolation(Rules.BodyKindMismatch, $"Only a federation decides matters delegated to it; {Id} is a {Kind} and decides its own motions.", "payload.matter");
        if (opened.Effect is not null)
            throw new RuleViolation(Rules.PayloadInvalid, "An agenda item on a matter has no effect; it records the federation's decision.", "payload.effect");
        if (!Charter.Matters.Modes.TryGetValue(matter, out var mode))
            throw new RuleViolation(Rules.Competence, $"The charter of {Id} names no matter '{matter}': it decides {Listed()}.", "payload.matter");
        if (MemberBodies.IsEmpty)
            throw new RuleViolation(Rules.Competence, $"{Id} has no member bodies, so no one has delegated the competence '{matter}' to it.", "payload.matter");
        var missing = MemberBodies.Values.Where(b => !b.Competences.Contains(matter)).Select(b => b.Body.ToString()).ToList();
        if (missing.Count > 0)
            throw new RuleViolation(Rules.Competence,
                $"The competence '{matter}' is not delegated to {Id} by {string.Join(", ", missing)}; a federation decides only what every member body delegated.",
                "payload.matter");
        if (opened.Method is not null and not SimpleMajority)
            throw new RuleViolation(Rules.PayloadInvalid, "An agenda item is decided yes or no by majority, weighted as its mode sets; it names no other method.", "payload.method");
        method = new SimpleMajority();
        return new AgendaItem(matter, mode, MemberBodies.ToImmutableSortedDictionary(b => b.Key, b => b.Value.Seats.Length))
        {
            CellsThreshold = Charter.Matters.Cells,
            MembersThreshold = Charter.Matters.Members,
        };
    }

    private string Listed() => Charter.Matters.Modes.IsEmpty
        ? "no matters yet"
        : string.Join(", ", Charter.Matters.Modes.Select(m => $"'{m.Key}' (by {Json.Spellings.Of(m.Value)})"));

    private BodyState CastOnItem(Motion motion, AgendaItem item, BallotCast cast, RecordedEvent recorded)
    {
        RequireOpen(motion, recorded.At);
        var ballot = motion.Method.ReadBallot(cast.Ballot, "payload.ballot");
        if (!item.RollsComplete)
            throw new RuleViolation(Rules.NotEligible, $"The rolls of item {motion.Id} are not all recorded yet.");
        switch (item.Mode)
        {
            case DecisionMode.Delegates:
                var seat = CheckDelegateBallot(motion, item, recorded.Author, recorded.At, (MajorityBallot)ballot);
                return WithMotion(motion.With(new CastBallot(recorded.Author, ballot, recorded.Seq, recorded.At))
                    .With(item with { SeatOf = item.SeatOf.Add(recorded.Author, seat), Voted = item.Voted.Add(seat) }));
            case DecisionMode.Referendum:
                if (!item.Voters.TryGetValue(recorded.Author, out var body))
                    throw new RuleViolation(Rules.NotEligible,
                        $"{NameOf(recorded.Author)} is on no member body's roll for item {motion.Id}; in a referendum every member of a member body when it opened votes, and no one else.");
                if (motion.Ballots.ContainsKey(recorded.Author))
                    throw new RuleViolation(Rules.BallotDuplicate, $"This member of {body} has already voted in the referendum on item {motion.Id}.");
                var voter = item.Voters.TryGetKey(recorded.Author, out var held) ? held : recorded.Author;
                return WithMotion(motion.With(new CastBallot(voter, ballot, recorded.Seq, recorded.At)));
            default:
                throw new RuleViolation(Rules.NotEligible,
                    $"Item {motion.Id} is decided by ratification: each member body answers by a decision under its own charter, not by ballots here.");
        }
    }

    /// <summary>The seat a delegate's ballot is cast for, or the rule it breaks: recall, term, eligibility, a vote already cast for the seat, the mandate.</summary>
    private SeatRef CheckDelegateBallot(Motion motion, AgendaItem item, PublicKey author, long at, MajorityBallot ballot)
    {
        if (!Delegates.TryGetValue(author, out var seat))
        {
            throw RecalledDelegates.TryGetValue(author, out var from)
                ? new RuleViolation(Rules.Recalled, $"{from} recalled this delegate; their authority in {Id} ended when the recall carried, so they cannot vote on item {motion.Id}.")
                : new RuleViolation(Rules.NotAMember, $"Only a delegate seated for a member body of {Id} votes on item {motion.Id}; {NameOf(author)} is not one.");
        }
        if (at >= seat.Until)
            throw new RuleViolation(Rules.TermEnded,
                $"{seat.Name}'s term as a delegate of {seat.Seat.Body} ended at {When(seat.Until)}; {seat.Seat.Body} elects again before its seat votes.");
        if (!item.Seats.TryGetValue(seat.Seat.Body, out var seats) || seat.Seat.Index >= seats)
            throw new RuleViolation(Rules.NotEligible, $"{seat.Seat.Body} held no such seat in {Id} when item {motion.Id} opened.");
        if (item.Voted.Contains(seat.Seat))
            throw new RuleViolation(Rules.BallotDuplicate, $"Seat {seat.Seat.Index + 1} of {seat.Seat.Body} has already voted on item {motion.Id}.");
        // Seated again in another seat after voting (a new election), a delegate still casts one ballot.
        if (item.SeatOf.TryGetValue(author, out var cast))
            throw new RuleViolation(Rules.BallotDuplicate,
                $"{seat.Name} has already voted on item {motion.Id}, for seat {cast.Index + 1} of {cast.Body}; a delegate casts one ballot per item.");
        if (item.Mandates.TryGetValue(seat.Seat.Body, out var mandate)
            && mandate.Mandate.AllowedAt(item.Revision) is { } allowed
            && !allowed.Contains(Json.Spellings.Of(ballot.Choice)))
        {
            var fallback = item.Revision > mandate.Mandate.Revision ? " (the fallback: the item was amended after the mandate)" : "";
            throw new RuleViolation(Rules.Mandate,
                $"The mandate of {seat.Seat.Body} on item {motion.Id}, decided at seq {mandate.Source.Seq} of its log, is {Mandate.Describe(allowed)}{fallback}; {seat.Name} cannot vote {Json.Spellings.Of(ballot.Choice)}.",
                "payload.ballot.choice");
        }
        return seat.Seat;
    }

    private BodyState Amend(MotionAmended amended, RecordedEvent recorded)
    {
        var motion = MotionFor(amended.Motion, "payload.motion");
        if (motion.Item is null)
            throw new RuleViolation(Rules.PayloadInvalid, $"Motion {motion.Id} is not a federation's agenda item; only those are amended, and mandates fall back.", "payload.motion");
        if (recorded.Author != motion.Proposer)
            throw new RuleViolation(Rules.Author, $"Only the proposer of item {motion.Id} amends it; {NameOf(recorded.Author)} did not propose it.");
        RequireMember(recorded.Author, "amend an item", recorded.At);
        RequireOpen(motion, recorded.At);
        return WithMotion(motion.Amended(amended.Text));
    }

    private BodyState Refused(BallotRefused refused, RecordedEvent recorded)
    {
        if (recorded.Author != NodeKey)
            throw new RuleViolation(Rules.Author, $"Only the node of {Id} records a refused ballot.");
        if (refused.Rule is not (Rules.Mandate or Rules.Recalled or Rules.TermEnded))
            throw new RuleViolation(Rules.PayloadInvalid, "The log records a ballot refused under the rules of mandate, recall or term, and no other.", "payload.rule");
        var motion = MotionFor(refused.Motion, "payload.motion");
        if (motion.Item is not { Mode: DecisionMode.Delegates } item)
            throw new RuleViolation(Rules.PayloadInvalid, $"Motion {motion.Id} is not an item decided by delegates.", "payload.motion");
        string? rule = null;
        try
        {
            RequireOpen(motion, recorded.At);
            CheckDelegateBallot(motion, item, refused.Delegate, recorded.At, (MajorityBallot)motion.Method.ReadBallot(refused.Ballot, "payload.ballot"));
        }
        catch (RuleViolation violation)
        {
            rule = violation.Rule;
        }
        return rule == refused.Rule
            ? this
            : throw new RuleViolation(Rules.RefusalUnfounded,
                rule is null
                    ? $"The rules of {Id} accept that ballot on item {motion.Id}; a refusal cannot be recorded for it."
                    : $"The rules of {Id} refuse that ballot under '{rule}', not '{refused.Rule}'.");
    }
}
