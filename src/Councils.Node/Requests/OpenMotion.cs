using System.Text.Json.Nodes;

namespace Councils.Node.Requests;

/// <summary>Opens a motion. A null method means the charter's default; the effect applies if the motion carries.</summary>
public sealed record OpenMotion(string By, string Title, string? Text = null, JsonObject? Method = null, JsonObject? Effect = null);
