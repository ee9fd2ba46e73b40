using System.Text.Json.Nodes;

namespace Councils.Node.Views;

/// <summary>
/// A body as its projections show it, with the federations it belongs to and, for a federation,
/// its member bodies, applicants waiting for its decision, and the delegates seated now.
/// </summary>
public sealed record BodyView(
    string Id,
    string Name,
    string Kind,
    string NodeKey,
    int CharterVersion,
    JsonObject Charter,
    IReadOnlyList<MemberView> Members,
    IReadOnlyList<MotionSummary> Motions,
    HeadView Head,
    IReadOnlyList<AffiliationView> Federations,
    IReadOnlyList<MemberBodyView> MemberBodies,
    IReadOnlyList<string> Applicants);
