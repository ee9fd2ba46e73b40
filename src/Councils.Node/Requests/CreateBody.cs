using System.Text.Json.Nodes;

namespace Councils.Node.Requests;

/// <summary>Creates a body. Founders become its first members; a founder without a key gets one the node holds.</summary>
public sealed record CreateBody(string Name, string Kind, string? Id = null, IReadOnlyList<NewMember>? Founders = null, JsonObject? Charter = null);
