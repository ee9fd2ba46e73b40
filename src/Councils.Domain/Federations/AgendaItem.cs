using System.Collections.Immutable;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Record;

namespace Councils.Domain.Federations;

/// <summary>
/// What makes a federation's motion an agenda item: the matter it decides and the mode the charter
/// sets for it, the member bodies when it opened with their rolls, the delegates' seats and
/// mandates (by delegates), the voters (by referendum) or the bodies' answers (by ratification).
/// </summary>
/// <param name="Matter">The kind of matter.</param>
/// <param name="Mode">How it is decided.</param>
/// <param name="Seats">Each member body when the item opened, with how many seats it held then.</param>
public sealed record AgendaItem(string Matter, DecisionMode Mode, ImmutableSortedDictionary<BodyId, int> Seats)
{
    /// <summary>By ratification: more than this fraction of the member bodies must ratify (from the charter when the item opened).</summary>
    public Fraction CellsThreshold { get; init; } = Fraction.Half;

    /// <summary>By ratification: more than this fraction of all members must belong to bodies that ratify.</summary>
    public Fraction MembersThreshold { get; init; } = Fraction.Half;

    /// <summary>How many times the item's text has been amended.</summary>
    public int Revision { get; init; }

    /// <summary>Each member body's roll, recorded when the item opened.</summary>
    public ImmutableSortedDictionary<BodyId, RollRecorded> Rolls { get; init; } = ImmutableSortedDictionary<BodyId, RollRecorded>.Empty;

    /// <summary>By referendum: each voter's body, from the rolls.</summary>
    public ImmutableDictionary<PublicKey, BodyId> Voters { get; init; } = ImmutableDictionary<PublicKey, BodyId>.Empty;

    /// <summary>By delegates: the seat each delegate's ballot was cast for.</summary>
    public ImmutableDictionary<PublicKey, SeatRef> SeatOf { get; init; } = ImmutableDictionary<PublicKey, SeatRef>.Empty;

    /// <summary>By delegates: the seats that have voted.</summary>
    public ImmutableHashSet<SeatRef> Voted { get; init; } = [];

    /// <summary>By delegates: each body's mandate on the item, as recorded.</summary>
    public ImmutableSortedDictionary<BodyId, MandateRecorded> Mandates { get; init; } = ImmutableSortedDictionary<BodyId, MandateRecorded>.Empty;

    /// <summary>By ratification: each body's answer.</summary>
    public ImmutableSortedDictionary<BodyId, RatificationReported> Answers { get; init; } = ImmutableSortedDictionary<BodyId, RatificationReported>.Empty;

    /// <summary>Whether every member body's roll is recorded, so that votes and answers may come.</summary>
    public bool RollsComplete => Rolls.Count == Seats.Count;

    /// <summary>How many seats were held when the item opened: the delegates who may vote.</summary>
    public int SeatCount => Seats.Values.Sum();

    /// <inheritdoc />
    public bool Equals(AgendaItem? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Matter, Mode);
}

/// <summary>A seat: a member body and the seat's index among its seats.</summary>
/// <param name="Body">The body.</param>
/// <param name="Index">The seat's index, from 0.</param>
public readonly record struct SeatRef(BodyId Body, int Index);
