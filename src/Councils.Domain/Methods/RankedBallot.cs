using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Json;

namespace Councils.Domain.Methods;

/// <summary>
/// A ranked ballot, under <see cref="SchulzeVote"/>, <see cref="SingleTransferableVote"/> or
/// <see cref="InstantRunoffVote"/>: <c>{"ranking":[["a"],["b","c"],["d"]]}</c>, groups of options
/// from the most preferred down, the options of one group ranked equal. Each option appears at most
/// once; options left out rank equal, below every ranked one. An empty ranking is blank: it counts
/// toward the quorum and for no option.
/// </summary>
/// <remarks>
/// Schulze uses equal ranks fully. STV and instant-runoff read a ballot only down to its first
/// group of more than one option, as with a paper marked with the same number twice.
/// </remarks>
public sealed record RankedBallot : Ballot
{
    private RankedBallot(ImmutableArray<ImmutableArray<string>> ranking) => Ranking = ranking;

    /// <summary>The groups of equal rank, most preferred first; within a group, in the order of the motion's options.</summary>
    public ImmutableArray<ImmutableArray<string>> Ranking { get; }

    /// <inheritdoc />
    public override JsonObject ToJson() =>
        new() { ["ranking"] = new JsonArray([.. Ranking.Select(g => (JsonNode)new JsonArray([.. g.Select(o => (JsonNode)o)]))]) };

    /// <inheritdoc />
    public bool Equals(RankedBallot? other) =>
        other is not null && Ranking.Length == other.Ranking.Length && Ranking.Zip(other.Ranking).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc />
    public override int GetHashCode() => Ranking.SelectMany(g => g.Append("")).Aggregate(0, (hash, option) => HashCode.Combine(hash, option));

    internal static RankedBallot Read(JsonObject json, string path, OptionsMethod method)
    {
        var fields = new JsonFields(json, path, "a ranked ballot", Rules.BallotInvalid);
        var list = fields.Array("ranking");
        fields.End();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ranking = ImmutableArray.CreateBuilder<ImmutableArray<string>>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"{fields.PathOf("ranking")}[{i}]";
            if (list[i] is not JsonArray group || group.Count == 0)
                throw new RuleViolation(Rules.BallotInvalid, "A ranking is a list of groups, each a non-empty list of options ranked equal.", at);
            var names = OptionsMethod.ReadNames(group, at, method, "A ranking", seen);
            ranking.Add([.. names.OrderBy(method.IndexOf)]);
        }
        return new RankedBallot(ranking.MoveToImmutable());
    }

    internal bool AddTo(BallotBoxBuilder builder, OptionsMethod method)
    {
        var options = Ranking.SelectMany(g => g).Select(method.IndexOfCounted).ToArray();
        var ranks = Ranking.SelectMany((g, rank) => g.Select(_ => rank + 1)).ToArray();
        builder.AddRanking(options, ranks);
        return !Ranking.IsEmpty;
    }
}
