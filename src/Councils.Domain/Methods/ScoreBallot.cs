using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Json;

namespace Councils.Domain.Methods;

/// <summary>
/// A ballot under <see cref="ScoreVote"/>: <c>{"scores":{"a":5,"b":0}}</c>, a whole score from 0 to
/// the method's maximum for any of the options. An option left out scores 0, the same as writing 0;
/// a ballot scoring every option 0 is blank: it counts toward the quorum and for no option.
/// </summary>
public sealed record ScoreBallot : Ballot
{
    private ScoreBallot(ImmutableSortedDictionary<string, int> scores) => Scores = scores;

    /// <summary>The scores above 0, by option in ordinal order; every other option scores 0.</summary>
    public ImmutableSortedDictionary<string, int> Scores { get; }

    /// <summary>The score of one option; 0 when the ballot leaves it out.</summary>
    public int this[string option] => Scores.GetValueOrDefault(option);

    /// <summary>The ballot as the record would write it: the scores above 0 only.</summary>
    public override JsonObject ToJson()
    {
        var scores = new JsonObject();
        foreach (var (option, score) in Scores)
            scores[option] = score;
        return new JsonObject { ["scores"] = scores };
    }

    /// <inheritdoc />
    public bool Equals(ScoreBallot? other) => other is not null && Scores.SequenceEqual(other.Scores);

    /// <inheritdoc />
    public override int GetHashCode() => Scores.Aggregate(0, (hash, score) => HashCode.Combine(hash, score.Key, score.Value));

    internal static ScoreBallot Read(JsonObject json, string path, ScoreVote method)
    {
        var fields = new JsonFields(json, path, "a score ballot", Rules.BallotInvalid);
        var given = fields.Object("scores");
        var scoreFields = fields.Fields("scores", "the scores");
        fields.End();
        var scores = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var (option, _) in given)
        {
            if (method.IndexOf(option) < 0)
                throw scoreFields.Refuse(option, $"'{option}' is not one of the motion's options.");
            var score = (int)scoreFields.Long(option, 0, method.Max);
            if (score > 0)
                scores[option] = score;
        }
        return new ScoreBallot(scores.ToImmutable());
    }

    internal bool AddTo(BallotBoxBuilder builder, OptionsMethod method)
    {
        builder.AddScores([.. Scores.Keys.Select(method.IndexOfCounted)], [.. Scores.Values]);
        return !Scores.IsEmpty;
    }
}
