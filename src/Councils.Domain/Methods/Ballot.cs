using System.Text.Json.Nodes;

namespace Councils.Domain.Methods;

/// <summary>
/// A member's ballot on a motion, as its <see cref="DecisionMethod"/> reads it. Each method has its
/// own kind of ballot; <see cref="DecisionMethod.ReadBallot"/> makes one from the payload of <c>ballot.cast</c>.
/// </summary>
public abstract record Ballot
{
    private protected Ballot()
    {
    }

    /// <summary>The ballot as the <c>ballot</c> member of a <c>ballot.cast</c> payload.</summary>
    public abstract JsonObject ToJson();
}
