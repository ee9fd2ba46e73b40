using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Federations;

/// <summary>
/// One federation with two cells, in the middle of its life, for the tables of who may do what.
/// Putilov Works (Ana, Boris, Clara, Dmitri, Elena; 2 seats, a recall needs 2 supporters) and
/// Vyborg Side (Fyodor, Galina, Ivan; 1 seat) joined Petrograd; Putilov elected Ana and Boris with
/// Clara as substitute, Vyborg elected Fyodor. Ana opened item T (transport, by delegates), Boris
/// item U (budget, by referendum), Fyodor item V (statutes, by ratification; Vyborg's roll is not
/// recorded yet). Putilov bound its delegates to "no" on T, then recalled Boris (Clara took the
/// seat). Elena supports recalling Ana; Ana opened a plain motion M in Putilov.
/// </summary>
internal static class Petrograd
{
    public const string Federation = "petrograd";
    public const string Putilov = "putilov-works";
    public const string Vyborg = "vyborg-side";

    public static readonly BodyId FederationId = BodyId.Parse(Federation);
    public static readonly BodyId PutilovId = BodyId.Parse(Putilov);
    public static readonly BodyId VyborgId = BodyId.Parse(Vyborg);

    /// <summary>The node that hosts Petrograd.</summary>
    public static PublicKey Node { get; } = People.Key(201);

    /// <summary>The node of another federation, Moscow.</summary>
    public static PublicKey OtherNode { get; } = People.Key(202);

    public static PublicKey Dmitri => People.Named("Dmitri");

    public static PublicKey Elena => People.Named("Elena");

    public static PublicKey Fyodor => People.Named("Fyodor");

    public static PublicKey Galina => People.Named("Galina");

    private static readonly Lazy<Scene> Built = new(Build);

    public static FederationWorld World => Built.Value.World;

    public static MotionId T => Built.Value.T;

    public static MotionId U => Built.Value.U;

    public static MotionId V => Built.Value.V;

    public static MotionId M => Built.Value.M;

    /// <summary>A federation charter deciding transport and housing by delegates, budget by referendum, statutes by ratification.</summary>
    public static Charter FederationCharter(Fraction? quorum = null) => Charter.For(BodyKind.Federation) with
    {
        Quorum = quorum ?? Fraction.Of(1, 2),
        Matters = new Matters(
            [
                KeyValuePair.Create("budget", DecisionMode.Referendum),
                KeyValuePair.Create("housing", DecisionMode.Delegates),
                KeyValuePair.Create("statutes", DecisionMode.Ratification),
                KeyValuePair.Create("transport", DecisionMode.Delegates),
            ],
            Fraction.Half, Fraction.Half),
    };

    /// <summary>A workplace committee's charter with the given delegation rules.</summary>
    public static Charter CellCharter(int seats = 1, long termSeconds = 365L * 24 * 60 * 60, int consecutiveTerms = 2, int recallSupport = 1) =>
        Charter.For(BodyKind.WorkplaceCommittee) with { Delegation = new Delegation(seats, termSeconds, consecutiveTerms, 2, recallSupport) };

    private static Scene Build()
    {
        var world = new FederationWorld()
            .Federation(Federation, FederationCharter(), Node)
            .Cell(Putilov, CellCharter(seats: 2, recallSupport: 2), People.Ana, People.Boris, People.Clara, Dmitri, Elena)
            .Cell(Vyborg, CellCharter(), Fyodor, Galina, People.Ivan);
        world.Carry(Putilov, new FederationJoin(FederationId, ["budget", "housing", "statutes", "transport"]));
        world.Carry(Vyborg, new FederationJoin(FederationId, ["budget", "statutes", "transport"]));
        world.Elect(Putilov, Federation, 2, People.Ana, People.Boris, People.Clara);
        world.Elect(Vyborg, Federation, 1, Fyodor, Galina);
        var t = world.OpenItem(Federation, People.Ana, "transport");
        var u = world.OpenItem(Federation, People.Boris, "budget");
        var v = world.OpenItem(Federation, Fyodor, "statutes", Putilov);
        world.Carry(Putilov, new MandateSet(FederationId, t, new Mandate(["no"], null, 0)));
        world.Append(Putilov, Dmitri, new RecallPetitioned(FederationId, People.Boris));
        world.Carry(Putilov, new DelegateRecall(FederationId, People.Boris));
        world.Append(Putilov, Elena, new RecallPetitioned(FederationId, People.Ana));
        var m = world.Open(Putilov, People.Ana);
        Assert.Empty(world.Refused);
        Assert.True(world[Federation].Delegates.Keys.ToHashSet().SetEquals([People.Ana, People.Clara, Fyodor]));
        Assert.Equal(PutilovId, world[Federation].RecalledDelegates[People.Boris]);
        return new Scene(world, t, u, v, m);
    }

    private sealed record Scene(FederationWorld World, MotionId T, MotionId U, MotionId V, MotionId M);
}
