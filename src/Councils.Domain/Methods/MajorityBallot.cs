using System.Text.Json.Nodes;
using Councils.Domain.Json;

namespace Councils.Domain.Methods;

/// <summary>A ballot under a <see cref="SimpleMajority"/> or a <see cref="QualifiedMajority"/>: <c>{"choice":"yes"}</c>.</summary>
/// <param name="Choice">Yes, no or abstain.</param>
public sealed record MajorityBallot(MajorityChoice Choice) : Ballot
{
    /// <inheritdoc />
    internal static IReadOnlyList<Ballot> Extremes { get; } =
        [new MajorityBallot(MajorityChoice.Yes), new MajorityBallot(MajorityChoice.No), new MajorityBallot(MajorityChoice.Abstain)];

    /// <inheritdoc />
    public override JsonObject ToJson() => new() { ["choice"] = Spellings.Of(Choice) };

    internal static MajorityBallot Read(JsonObject json, string path)
    {
        var fields = new JsonFields(json, path, "a majority ballot", Rules.BallotInvalid);
        var text = fields.String("choice");
        fields.End();
        // Ballots are values: one instance per choice, so a million ballots hold three objects.
        return Spellings.TryRead(text, out MajorityChoice choice)
            ? (MajorityBallot)Extremes[(int)choice]
            : throw fields.Refuse("choice", $"A majority ballot's choice is {Spellings.Listed<MajorityChoice>()}, not '{text}'.");
    }
}
