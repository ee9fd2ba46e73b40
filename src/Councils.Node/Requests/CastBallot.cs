using System.Text.Json.Nodes;

namespace Councils.Node.Requests;

/// <summary>Casts a member's ballot; its shape is set by the motion's method, e.g. {"choice":"yes"}.</summary>
public sealed record CastBallot(string By, JsonObject Ballot);
