using System.Collections.Immutable;
using Councils.Domain.Bodies;
using Councils.Domain.Motions;
using Councils.Domain.Record;

namespace Councils.Domain.Federations;

/// <summary>
/// A body's membership of one federation, as the body's own log has it: what it delegates, its
/// delegates' seats and their substitutes, the mandates it decided, the terms each person has served
/// in a row, and the members' support for recalls. Only the body's own acts change it.
/// </summary>
/// <param name="Federation">The federation.</param>
/// <param name="Competences">The kinds of matter the body delegates to it.</param>
/// <param name="JoinedSeq">The seq of the decision by which the body joined.</param>
public sealed record Affiliation(BodyId Federation, ImmutableSortedSet<string> Competences, long JoinedSeq)
{
    /// <summary>The seats, by index; empty until the first election.</summary>
    public ImmutableArray<Seat> Seats { get; init; } = [];

    /// <summary>The substitutes the last election produced, next first.</summary>
    public ImmutableArray<PublicKey> Substitutes { get; init; } = [];

    /// <summary>How many terms in a row each person elected at the last election has served, that one included.</summary>
    public ImmutableDictionary<PublicKey, int> ConsecutiveTerms { get; init; } = ImmutableDictionary<PublicKey, int>.Empty;

    /// <summary>The mandates decided, by agenda item of the federation.</summary>
    public ImmutableSortedDictionary<MotionId, Mandate> Mandates { get; init; } = ImmutableSortedDictionary<MotionId, Mandate>.Empty;

    /// <summary>The members who support recalling each delegate, since that delegate took the seat.</summary>
    public ImmutableDictionary<PublicKey, ImmutableHashSet<PublicKey>> Petitions { get; init; } =
        ImmutableDictionary<PublicKey, ImmutableHashSet<PublicKey>>.Empty;

    /// <summary>The people recalled this term, who cannot come back as substitutes, each with who took their seat (null: no one).</summary>
    public ImmutableDictionary<PublicKey, PublicKey?> Recalled { get; init; } = ImmutableDictionary<PublicKey, PublicKey?>.Empty;

    /// <summary>Whether <paramref name="person"/> holds a seat.</summary>
    public bool Holds(PublicKey person) => Seats.Any(s => s.Holder == person);
}

/// <summary>A delegate's seat: who holds it (null when it stays with the body) and until when.</summary>
/// <param name="Holder">The delegate, or null.</param>
/// <param name="Until">When the term ends, in milliseconds since the Unix epoch.</param>
public sealed record Seat(PublicKey? Holder, long Until);
