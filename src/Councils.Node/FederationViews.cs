using Councils.Domain.Bodies;
using Councils.Domain.Federations;
using Councils.Domain.Motions;
using Councils.Node.Views;

namespace Councils.Node;

/// <summary>The federation parts of a body's and a motion's views, read from the folded state.</summary>
internal static class FederationViews
{
    public static IReadOnlyList<AffiliationView> Affiliations(BodyState state) =>
        [.. state.Affiliations.Values.Select(a => new AffiliationView(
            a.Federation.ToString(),
            [.. a.Competences],
            a.JoinedSeq,
            [.. a.Seats.Select((s, i) => new SeatView(i, s.Holder is { } h ? Person(state, h) : null, s.Until))],
            [.. a.Substitutes.Select(s => Person(state, s))],
            [.. a.Mandates.Select(m => Mandate(m.Key, m.Value))],
            [.. a.Recalled.Keys.Select(k => Person(state, k))],
            [.. a.Petitions.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal)
                .Select(p => new PetitionView(Person(state, p.Key), [.. p.Value.Select(s => Person(state, s)).OrderBy(s => s.Name, StringComparer.Ordinal)]))]))];

    public static IReadOnlyList<MemberBodyView> MemberBodies(BodyState state) =>
        [.. state.MemberBodies.Values.Select(b => new MemberBodyView(
            b.Body.ToString(),
            [.. b.Competences],
            b.Members,
            [.. b.Seats.Select((p, i) => new SeatView(i, p is null ? null : new PersonView(p.Member.ToString(), p.Name), b.Until))]))];

    public static AgendaItemView? Item(Motion motion)
    {
        if (motion.Item is not { } item)
            return null;
        return new AgendaItemView(item.Matter, ModeName(item), item.Revision, [.. item.Seats.Select(s =>
        {
            var roll = item.Rolls.GetValueOrDefault(s.Key);
            var mandate = item.Mandates.GetValueOrDefault(s.Key);
            var answer = item.Answers.GetValueOrDefault(s.Key);
            return new ItemBodyView(s.Key.ToString(), roll?.Members ?? 0, s.Value,
                mandate is null ? null : Mandate(motion.Id, mandate.Mandate),
                answer is null ? null : answer.Outcome.ToString().ToLowerInvariant(), answer?.Source.Seq);
        })]);
    }

    private static string ModeName(AgendaItem item) => item.Mode.ToString().ToLowerInvariant();

    private static MandateView Mandate(MotionId motion, Mandate mandate) =>
        new(motion.Seq, Domain.Federations.Mandate.Describe(mandate.Allow), mandate.Allow is { } a ? [.. a] : null,
            mandate.Fallback is { } f ? [.. f] : null, mandate.Revision);

    private static PersonView Person(BodyState state, Domain.Record.PublicKey key) => new(key.ToString(), state.NameOf(key));
}
