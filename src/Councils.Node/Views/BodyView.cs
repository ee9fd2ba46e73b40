using System.Text.Json.Nodes;

namespace Councils.Node.Views;

/// <summary>A body as its projections show it.</summary>
public sealed record BodyView(
    string Id,
    string Name,
    string Kind,
    string NodeKey,
    int CharterVersion,
    JsonObject Charter,
    IReadOnlyList<MemberView> Members,
    IReadOnlyList<MotionSummary> Motions,
    HeadView Head);
