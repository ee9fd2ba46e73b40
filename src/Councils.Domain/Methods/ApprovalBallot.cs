using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Json;

namespace Councils.Domain.Methods;

/// <summary>
/// A ballot under <see cref="ApprovalVote"/>: <c>{"approve":["a","c"]}</c>, the options the member
/// approves of, each once, in any order. An empty list approves of none: a blank ballot, which
/// counts toward the quorum and for no option.
/// </summary>
public sealed record ApprovalBallot : Ballot
{
    private ApprovalBallot(ImmutableArray<string> approved) => Approved = approved;

    /// <summary>The options approved of, in the order of the motion's options.</summary>
    public ImmutableArray<string> Approved { get; }

    /// <inheritdoc />
    public override JsonObject ToJson() => new() { ["approve"] = new JsonArray([.. Approved.Select(o => (JsonNode)o)]) };

    /// <inheritdoc />
    public bool Equals(ApprovalBallot? other) => other is not null && Approved.SequenceEqual(other.Approved);

    /// <inheritdoc />
    public override int GetHashCode() => Approved.Aggregate(0, (hash, option) => HashCode.Combine(hash, option));

    internal static ApprovalBallot Read(JsonObject json, string path, OptionsMethod method)
    {
        var fields = new JsonFields(json, path, "an approval ballot", Rules.BallotInvalid);
        var list = fields.Array("approve");
        fields.End();
        var approved = OptionsMethod.ReadNames(list, fields.PathOf("approve"), method, "An approval");
        return new ApprovalBallot([.. approved.OrderBy(method.IndexOf)]);
    }

    internal bool AddTo(BallotBoxBuilder builder, OptionsMethod method)
    {
        builder.AddApproval([.. Approved.Select(method.IndexOfCounted)]);
        return !Approved.IsEmpty;
    }
}
