using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Federations;

/// <summary>
/// Where a federation's record of a member body's act points: the entry in that body's own log, by
/// body, seq and entry hash. The federation's log says what the body decided; the body's log is
/// the proof, and anyone holding both can check one against the other.
/// </summary>
/// <param name="Body">The body whose act it is.</param>
/// <param name="Seq">The act's seq in that body's log.</param>
/// <param name="Hash">The hash of that entry.</param>
public sealed record Citation(BodyId Body, long Seq, Sha256Hash Hash)
{
    /// <summary>Writes <c>{"body":"…","hash":"…","seq":12}</c>.</summary>
    public JsonObject ToJson() => new() { ["body"] = Body.ToString(), ["hash"] = Hash.ToString(), ["seq"] = Seq };

    internal static Citation Read(JsonFields payload, string key)
    {
        var fields = payload.Fields(key, "a citation");
        var bodyText = fields.String("body");
        var body = BodyId.TryParse(bodyText, out var id) ? id : throw fields.Refuse("body", $"'{bodyText}' is not a body id.");
        var seq = fields.Long("seq", 0);
        var hashText = fields.String("hash");
        var hash = Sha256Hash.TryParse(hashText, out var parsed) ? parsed : throw fields.Refuse("hash", "A citation's hash is a SHA-256 hash in lowercase hex.");
        fields.End();
        return new Citation(body, seq, hash);
    }
}
