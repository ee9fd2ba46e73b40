using System.Collections.Immutable;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;

namespace Councils.Domain.Bodies;

/// <summary>
/// A body's side of federation: the federations it belongs to, its delegates, their mandates and
/// recalls. Every change here comes from the body's own carried motions or its members' own acts.
/// </summary>
public sealed partial class BodyState
{
    /// <summary>The federations the body belongs to, by id, with its delegates and mandates in each.</summary>
    public ImmutableSortedDictionary<BodyId, Affiliation> Affiliations { get; private init; }

    /// <summary>The body's decisions its federations must hear of, in order of the log.</summary>
    public ImmutableList<Notice> Outbox { get; private init; }

    internal BodyState WithAffiliation(Affiliation affiliation) =>
        new(this) { Affiliations = Affiliations.SetItem(affiliation.Federation, affiliation) };

    internal BodyState WithoutAffiliation(BodyId federation) => new(this) { Affiliations = Affiliations.Remove(federation) };

    /// <summary>Seats those the election motion elected, in order, and makes the others substitutes.</summary>
    internal BodyState Elect(BodyId federation, MotionId motionId)
    {
        if (!Affiliations.TryGetValue(federation, out var affiliation))
            return this;
        var motion = Motions[motionId];
        var decision = motion.Decision!;
        var stv = (SingleTransferableVote)motion.Method;
        var order = decision.Count.Winners.ToList();
        // Substitutes come in the order a count for one more seat, then another, would elect them.
        for (var seats = order.Count + 1; seats < stv.Options.Length; seats++)
        {
            var more = motion.CountUnder(stv.WithSeats(seats));
            if (more.Outcome != Outcome.Carried)
                break;
            order.AddRange(more.Winners.Where(w => !order.Contains(w)));
        }
        order.AddRange(stv.Options.Where(o => !order.Contains(o)));
        var keys = order.Select(PublicKey.Parse).ToList();
        var elected = keys.Take(decision.Count.Winners.Length).ToList();
        var until = decision.At + (Charter.Delegation.TermSeconds * 1000);
        var seatsHeld = Math.Max(Charter.Delegation.Seats, elected.Count);
        var seatList = Enumerable.Range(0, seatsHeld).Select(i => new Seat(i < elected.Count ? elected[i] : null, until));
        var terms = elected.ToImmutableDictionary(w => w, w => affiliation.Holds(w) ? affiliation.ConsecutiveTerms.GetValueOrDefault(w) + 1 : 1);
        return WithAffiliation(affiliation with
        {
            Seats = [.. seatList],
            Substitutes = [.. keys.Skip(elected.Count)],
            ConsecutiveTerms = terms,
            Petitions = ImmutableDictionary<PublicKey, ImmutableHashSet<PublicKey>>.Empty,
            Recalled = ImmutableDictionary<PublicKey, PublicKey?>.Empty,
        });
    }

    /// <summary>Ends the delegate's authority: the next substitute who is still a member takes the seat, or no one does.</summary>
    internal BodyState Recall(BodyId federation, PublicKey @delegate)
    {
        if (!Affiliations.TryGetValue(federation, out var affiliation) || !affiliation.Holds(@delegate))
            return this;
        var index = affiliation.Seats.IndexOf(affiliation.Seats.First(s => s.Holder == @delegate));
        PublicKey? substitute = affiliation.Substitutes
            .Where(s => IsMember(s) && !affiliation.Holds(s) && !affiliation.Recalled.ContainsKey(s))
            .Select(s => (PublicKey?)s).FirstOrDefault();
        return WithAffiliation(affiliation with
        {
            Seats = affiliation.Seats.SetItem(index, affiliation.Seats[index] with { Holder = substitute }),
            Substitutes = substitute is { } s ? affiliation.Substitutes.Remove(s) : affiliation.Substitutes,
            Recalled = affiliation.Recalled.SetItem(@delegate, substitute),
            Petitions = affiliation.Petitions.Remove(@delegate),
        });
    }

    /// <summary>After a decision: queues what the federation must hear of it.</summary>
    private BodyState Notify(Motion motion, long seq)
    {
        if (motion.Effect is not FederationEffect effect || motion.Decision is not { } decision
            || (decision.Count.Outcome != Outcome.Carried && !effect.ReportsEveryOutcome))
            return this;
        var after = this;
        if (effect is not (FederationJoin or FederationWithdraw or RatificationAnswer) && !after.Affiliations.ContainsKey(effect.Federation))
            return this;
        if (effect is DelegateRecall recall && !after.Affiliations[effect.Federation].Recalled.ContainsKey(recall.Delegate))
            return this;
        return new(this) { Outbox = Outbox.Add(new Notice(effect.Federation, seq, source => effect.Notice(after, motion, source))) };
    }

    private BodyState Petition(RecallPetitioned petition, RecordedEvent recorded)
    {
        RequireMember(recorded.Author, "support a recall", recorded.At);
        if (!Affiliations.TryGetValue(petition.Federation, out var affiliation))
            throw new RuleViolation(Rules.NotAffiliated, $"{Id} does not belong to {petition.Federation}.", "payload.federation");
        if (!affiliation.Holds(petition.Delegate))
            throw new RuleViolation(Rules.NotADelegate, $"{NameOf(petition.Delegate)} holds no seat of {Id} in {petition.Federation}.", "payload.delegate");
        var supporters = affiliation.Petitions.GetValueOrDefault(petition.Delegate, []).Add(recorded.Author);
        return WithAffiliation(affiliation with { Petitions = affiliation.Petitions.SetItem(petition.Delegate, supporters) });
    }
}
