using Councils.Domain.Bodies;
using Councils.Node.Storage;

namespace Councils.Node;

/// <summary>
/// What one request appends, decided against the body's state at the moment it is its turn:
/// all of its events land in one transaction or none do. <see cref="Rows"/> are other rows that
/// must commit with them (a key the node will hold for a new member).
/// </summary>
internal sealed record Plan(IReadOnlyList<Draft> Drafts, IReadOnlyList<HeldKeyRow> Rows)
{
    public static Plan None { get; } = new([], []);

    public static Plan Of(params Draft[] drafts) => new(drafts, []);
}

/// <summary>Makes a request's plan from the body's current state and the node's clock.</summary>
internal delegate Plan Planner(BodyState state, long now);
