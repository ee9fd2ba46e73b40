using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Federations;

/// <summary>A person named in a federation's record of a member body's act: their key and the name their body knows them by.</summary>
/// <param name="Member">Their key.</param>
/// <param name="Name">Their name in their body.</param>
public sealed record Person(PublicKey Member, string Name)
{
    /// <summary>Writes <c>{"member":"…","name":"…"}</c>.</summary>
    public JsonObject ToJson() => new() { ["member"] = Member.ToString(), ["name"] = Name };

    internal static Person Read(JsonObject json, string path)
    {
        var fields = new JsonFields(json, path, "a person");
        var person = new Person(fields.Key("member"), Text.Check(fields.String("name"), Text.MaxName, fields.PathOf("name"), "A name"));
        fields.End();
        return person;
    }

    internal static Person? ReadOrNull(JsonNode? node, string path) =>
        node switch
        {
            null => null,
            JsonObject json => Read(json, path),
            _ => throw new RuleViolation(Rules.PayloadInvalid, "A person is an object or null.", path),
        };
}

/// <summary>A minority report as it travels with a body's decision to a federation.</summary>
/// <param name="Author">Who wrote it.</param>
/// <param name="Text">What it says.</param>
public sealed record TravellingReport(Person Author, string Text)
{
    /// <summary>Writes <c>{"author":{…},"text":"…"}</c>.</summary>
    public JsonObject ToJson() => new() { ["author"] = Author.ToJson(), ["text"] = Text };

    internal static IReadOnlyList<TravellingReport> ReadAll(JsonFields payload, string key)
    {
        var list = payload.Array(key);
        var reports = new List<TravellingReport>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"{payload.PathOf(key)}[{i}]";
            var fields = new JsonFields(list[i] as JsonObject ?? throw new RuleViolation(Rules.PayloadInvalid, "A minority report is an object.", at), at, "a minority report");
            reports.Add(new TravellingReport(Person.Read(fields.Object("author"), fields.PathOf("author")),
                Json.Text.Check(fields.String("text"), Json.Text.MaxLong, fields.PathOf("text"), "A minority report")));
            fields.End();
        }
        return reports;
    }

    internal static JsonArray WriteAll(IEnumerable<TravellingReport> reports) => new([.. reports.Select(r => (JsonNode)r.ToJson())]);
}
