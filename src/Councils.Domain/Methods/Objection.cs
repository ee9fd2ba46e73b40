using Councils.Domain.Record;

namespace Councils.Domain.Methods;

/// <summary>An objection standing in a consent count: who objects, and why.</summary>
/// <param name="Member">The objecting member.</param>
/// <param name="Reason">The reason, as the member wrote it.</param>
public sealed record Objection(PublicKey Member, string Reason);
