using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Councils.Domain.Methods;
using Councils.Domain.Record;

namespace Councils.Domain.Tests.Support;

/// <summary>Ballots for counting tables, read through the method as the fold reads them.</summary>
internal static class Ballots
{
    /// <summary>
    /// <paramref name="yes"/> yes, <paramref name="no"/> no and <paramref name="abstain"/> abstain
    /// ballots from distinct members.
    /// </summary>
    public static IReadOnlyDictionary<PublicKey, Ballot> Majority(DecisionMethod method, int yes, int no, int abstain) =>
        Of(method, [.. Enumerable.Repeat("yes", yes), .. Enumerable.Repeat("no", no), .. Enumerable.Repeat("abstain", abstain)]);

    /// <summary>
    /// One ballot per entry, from distinct members: "consent", "stand-aside", or "object:reason".
    /// </summary>
    public static IReadOnlyDictionary<PublicKey, Ballot> Of(DecisionMethod method, IEnumerable<string> ballots) =>
        ballots.Select((text, i) =>
            {
                var parts = text.Split(':', 2);
                var json = new JsonObject { ["choice"] = parts[0] };
                if (parts.Length == 2)
                    json["reason"] = parts[1];
                return (Key: People.Key((byte)(i + 1)), Ballot: method.ReadBallot(json));
            })
            .ToImmutableDictionary(b => b.Key, b => b.Ballot);
}
