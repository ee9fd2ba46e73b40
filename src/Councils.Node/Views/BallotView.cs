using System.Text.Json.Nodes;

namespace Councils.Node.Views;

/// <summary>One member's ballot; ballots are public in the record.</summary>
public sealed record BallotView(string Member, string Name, JsonObject Ballot, long Seq, long At);
