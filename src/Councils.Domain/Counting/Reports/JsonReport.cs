using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Councils.Domain.Counting.Reports;

/// <summary>Writes a result as one JSON object.</summary>
internal static class JsonReport
{
    public static void Write(CountResult r, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("method", r.Method);
            json.WriteString("title", r.Title);
            json.WriteNumber("seats", r.Seats);
            json.WriteNumber("validBallots", r.ValidBallots);
            if (r.Quota is { } quota)
                WriteValue(json, "quota", quota);
            Names(json, "candidates", r.Candidates);
            Names(json, "withdrawn", r.Withdrawn);
            Names(json, "winners", r.Winners);
            Groups(json, "ties", r.Ties);
            Groups(json, "ranking", r.Ranking);
            json.WriteStartObject("tieBreak");
            json.WriteNumber("seed", r.TieBreak.Seed);
            Names(json, "order", r.TieBreak.Order);
            json.WriteBoolean("used", r.TieBreak.Used);
            json.WriteEndObject();
            Names(json, "notes", r.Notes);
            if (r.Matrices is { } m)
            {
                json.WriteStartObject("matrices");
                json.WriteString("strength", m.Strength switch
                {
                    Schulze.SchulzeStrength.Margins => "margins",
                    Schulze.SchulzeStrength.Ratio => "ratio",
                    _ => "winning-votes",
                });
                Names(json, "options", m.Options);
                json.WriteStartArray("pairwise");
                foreach (var row in m.Pairwise)
                {
                    json.WriteStartArray();
                    foreach (var v in row)
                        json.WriteNumberValue(v);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteStartArray("strongestPaths");
                foreach (var row in m.StrongestPaths)
                {
                    json.WriteStartArray();
                    foreach (var p in row)
                    {
                        // Whole strengths as numbers; ratios as "n/d" so they stay exact.
                        if (p.Denominator == 1 || p.Numerator == 0)
                            json.WriteNumberValue(p.Numerator);
                        else
                            json.WriteStringValue(p.ToString());
                    }
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteStartArray("stages");
                foreach (var s in r.Stages)
                    Stage(json, s);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static void Stage(Utf8JsonWriter json, CountStage s)
    {
        json.WriteStartObject();
        json.WriteNumber("number", s.Number);
        json.WriteString("action", StageNames.Action(s.Action));
        if (s.Subject is null)
            json.WriteNull("subject");
        else
            json.WriteString("subject", s.Subject);
        json.WriteStartArray("votes");
        foreach (var v in s.Votes)
            json.WriteRawValue(v.ToString(), skipInputValidation: true);
        json.WriteEndArray();
        WriteValue(json, "nonTransferable", s.NonTransferable);
        WriteValue(json, "lossToTruncation", s.LossToTruncation);
        WriteValue(json, "total", s.Total);
        if (s.Quota is { } quota)
            WriteValue(json, "quota", quota);
        if (s.KeepFactors is { } keep)
        {
            json.WriteStartArray("keepFactors");
            foreach (var k in keep)
                json.WriteRawValue(k.ToString(), skipInputValidation: true);
            json.WriteEndArray();
        }
        Names(json, "elected", s.Elected);
        Names(json, "excluded", s.Excluded);
        Names(json, "notes", s.Notes);
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, VoteValue value)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(value.ToString(), skipInputValidation: true);
    }

    private static void Names(Utf8JsonWriter json, string name, IEnumerable<string> names)
    {
        json.WriteStartArray(name);
        foreach (var n in names)
            json.WriteStringValue(n);
        json.WriteEndArray();
    }

    private static void Groups(Utf8JsonWriter json, string name, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        json.WriteStartArray(name);
        foreach (var g in groups)
        {
            json.WriteStartArray();
            foreach (var n in g)
                json.WriteStringValue(n);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }
}
