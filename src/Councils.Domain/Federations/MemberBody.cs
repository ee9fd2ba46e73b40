using System.Collections.Immutable;
using Councils.Domain.Bodies;

namespace Councils.Domain.Federations;

/// <summary>A member body of a federation, as the federation's log has it.</summary>
/// <param name="Body">The body.</param>
/// <param name="Competences">The kinds of matter it delegated.</param>
/// <param name="Members">How many members it had when it joined.</param>
/// <param name="JoinedSeq">The seq of the federation's <c>body.joined</c> or admission.</param>
public sealed record MemberBody(BodyId Body, ImmutableSortedSet<string> Competences, long Members, long JoinedSeq)
{
    /// <summary>Its delegates' seats, by index (null: the seat stays with the body); empty until it elects.</summary>
    public ImmutableArray<Person?> Seats { get; init; } = [];

    /// <summary>When the delegates' term ends, in milliseconds since the Unix epoch.</summary>
    public long Until { get; init; }
}

/// <summary>A delegate as a federation knows them: the seat they hold, their name and the end of their term.</summary>
/// <param name="Seat">The body and seat.</param>
/// <param name="Name">Their name in their body.</param>
/// <param name="Until">When their term ends.</param>
public sealed record DelegateSeat(SeatRef Seat, string Name, long Until);

/// <summary>
/// A body's decision that the federation must hear of, waiting in the body's state: the node reads
/// it, cites the decision's entry and appends <see cref="Make"/>'s event to the federation's log.
/// </summary>
/// <param name="Federation">The federation.</param>
/// <param name="Seq">The seq of the body's decision.</param>
/// <param name="Make">The federation's event, given the citation of the decision.</param>
public sealed record Notice(BodyId Federation, long Seq, Func<Citation, Events.Reflection> Make);
