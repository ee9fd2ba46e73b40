using System.Text.Json.Nodes;

namespace Councils.Node.Views;

/// <summary>The decision on a motion: outcome, the full count and the charter version that applied.</summary>
public sealed record DecisionView(string Outcome, JsonObject Count, int CharterVersion, long DecidedAt, long Seq);
