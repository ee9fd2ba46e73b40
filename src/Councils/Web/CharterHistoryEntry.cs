using System.Text.Json.Nodes;

namespace Councils.Web;

/// <summary>
/// One version of a body's charter as its history page shows it: the number, the rules, the carried
/// motion that adopted it (null for the founding charter), the event that did (<c>body.created</c> or
/// the amendment's <c>motion.decided</c>) and when, and what changed against the version before.
/// </summary>
public sealed record CharterHistoryEntry(int Version, JsonObject Charter, long? Motion, long Seq, long At, IReadOnlyList<CharterChange> Changes);
