using System.Text.Json.Nodes;

namespace Councils.Node.Requests;

/// <summary>
/// Opens a motion. A null method means the charter's default; the effect applies if the motion
/// carries. In a federation, <see cref="Matter"/> names the kind of matter an agenda item decides.
/// </summary>
public sealed record OpenMotion(string By, string Title, string? Text = null, JsonObject? Method = null, JsonObject? Effect = null, string? Matter = null);
