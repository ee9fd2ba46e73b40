using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using Councils.Domain.Record;

namespace Councils.Domain.Tests.Record;

public sealed class EntryTests
{
    private const long At = 1764237600000;
    private static readonly byte[] Seed = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    // Placeholders in the table of malformed entries: a valid key, hash and signature spelling.
    private const string ValidEvent =
        "{\"at\":1,\"author\":\"$A\",\"body\":\"acme\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":1}";

    [Fact]
    public void Create_FirstEntry_WritesTheDocumentedBytes()
    {
        using var key = SigningKey.FromSeed(Seed);
        var entry = Entry.Create("acme-workshop", 0, null, At, "ballot.cast", Ballot(), key);
        var expectedEvent =
            $"{{\"at\":1764237600000,\"author\":\"{key.PublicKey}\",\"body\":\"acme-workshop\",\"kind\":\"ballot.cast\","
            + "\"payload\":{\"ballot\":{\"choice\":\"yes\"},\"motion\":4},\"prev\":null,\"seq\":0}";
        Assert.Equal(expectedEvent, Encoding.UTF8.GetString(entry.EventBytes.Span));
        var signature = Convert.ToBase64String(key.Sign(Encoding.UTF8.GetBytes(expectedEvent))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal($"{{\"event\":{expectedEvent},\"sig\":\"{signature}\"}}", entry.ToString());
    }

    [Fact]
    public void Parse_CreatedEntry_RoundTripsEveryField()
    {
        using var key = SigningKey.FromSeed(Seed);
        var first = Entry.Create("acme-workshop", 0, null, At, "body.created", new JsonObject(), key);
        var created = Entry.Create("acme-workshop", 1, first.Hash, At + 5, "ballot.cast", Ballot(), key);
        var parsed = Entry.Parse(created.Bytes.ToArray());
        Assert.Equal("acme-workshop", parsed.Body);
        Assert.Equal(1, parsed.Seq);
        Assert.Equal(first.Hash, parsed.Prev);
        Assert.Equal(At + 5, parsed.At);
        Assert.Equal(key.PublicKey, parsed.Author);
        Assert.Equal("ballot.cast", parsed.Kind);
        Assert.True(JsonNode.DeepEquals(Ballot(), parsed.Payload));
        Assert.Equal(created.Bytes.ToArray(), parsed.Bytes.ToArray());
        Assert.Equal(created.Signature.ToArray(), parsed.Signature.ToArray());
        Assert.Null(first.Prev);
    }

    [Fact]
    public void Hashes_OfAnEntry_AreOverItsWholeBytes()
    {
        using var key = SigningKey.FromSeed(Seed);
        var entry = Entry.Create("acme", 0, null, At, "body.created", new JsonObject(), key);
        Assert.Equal(Sha256Hash.Of(entry.Bytes.Span), entry.Hash);
        Assert.Equal(Sha256Hash.Of([0x00, .. entry.Bytes.Span]), entry.LeafHash);
    }

    [Fact]
    public void HasValidSignature_CreatedEntry_IsTrue()
    {
        using var key = SigningKey.Generate();
        Assert.True(Entry.Create("acme", 0, null, At, "body.created", Ballot(), key).HasValidSignature());
    }

    [Fact]
    public void HasValidSignature_EventSignedByAnotherKey_IsFalse()
    {
        using var author = SigningKey.Generate();
        using var forger = SigningKey.Generate();
        var entry = Entry.Create("acme", 0, null, At, "body.created", Ballot(), author);
        var forged = Entry.Parse(Envelope(Encoding.UTF8.GetString(entry.EventBytes.Span), forger.Sign(entry.EventBytes.Span)));
        Assert.False(forged.HasValidSignature());
    }

    [Fact]
    public void Parse_KeepsTheCallersArray()
    {
        using var key = SigningKey.FromSeed(Seed);
        var bytes = Entry.Create("acme", 0, null, At, "body.created", Ballot(), key).Bytes.ToArray();
        Assert.True(MemoryMarshal.TryGetArray(Entry.Parse(bytes).Bytes, out var segment));
        Assert.Same(bytes, segment.Array);
    }

    [Fact]
    public void Payload_ChangedByTheCaller_LeavesTheEntryUnchanged()
    {
        using var key = SigningKey.FromSeed(Seed);
        var entry = Entry.Create("acme", 0, null, At, "ballot.cast", Ballot(), key);
        entry.Payload["motion"] = 5;
        Assert.Equal(4, entry.Payload["motion"]!.GetValue<long>());
    }

    // Every byte of an entry is one of three things: the envelope's fixed text ({"event": ,"sig":" "}),
    // which canonical parsing pins down exactly; the event, which the signature covers; or the
    // signature, whose canonical base64url has one spelling per 64 bytes. So no flip can leave a
    // parseable entry with a valid signature: there is no byte whose change only alters the hash.
    [Fact]
    public void Parse_AnySingleBitFlipped_FailsToParseOrToVerify()
    {
        using var key = SigningKey.FromSeed(Seed);
        var original = Entry.Create("acme", 1, Sha256Hash.Of([1]), 7, "ballot.cast", Ballot(), key).Bytes.ToArray();
        int refused = 0, unsigned = 0;
        for (var position = 0; position < original.Length; position++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var bytes = (byte[])original.Clone();
                bytes[position] ^= (byte)(1 << bit);
                Entry entry;
                try
                {
                    entry = Entry.Parse(bytes);
                }
                catch (RecordFormatException)
                {
                    refused++;
                    continue;
                }
                Assert.False(entry.HasValidSignature(), $"bit {bit} of byte {position} flipped yet the signature holds");
                unsigned++;
            }
        }
        Assert.Equal(original.Length * 8, refused + unsigned);
        Assert.True(refused > 0 && unsigned > 0);
    }

    [Theory]
    [InlineData("{\"event\":" + ValidEvent + "}", "sig")]
    [InlineData("{\"event\":" + ValidEvent + ",\"sig\":\"$S\",\"x\":1}", "x")]
    [InlineData("{\"sig\":\"$S\"}", "event")]
    [InlineData("{\"event\":[],\"sig\":\"$S\"}", "event")]
    [InlineData("[]", "")]
    [InlineData("{\"event\": {},\"sig\":\"$S\"}", "")]
    [InlineData("{\"event\":" + ValidEvent + ",\"sig\":\"$S=\"}", "sig")]
    [InlineData("{\"event\":" + ValidEvent + ",\"sig\":\"AAAA\"}", "sig")]
    [InlineData("{\"event\":" + ValidEvent + ",\"sig\":\"$T\"}", "sig")]
    [InlineData("{\"event\":" + ValidEvent + ",\"sig\":null}", "sig")]
    [InlineData("{\"event\":{\"author\":\"$A\",\"body\":\"acme\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":1},\"sig\":\"$S\"}", "event.at")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"acme\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":1,\"x\":0},\"sig\":\"$S\"}", "event.x")]
    [InlineData("{\"event\":{\"at\":\"1\",\"author\":\"$A\",\"body\":\"acme\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":1},\"sig\":\"$S\"}", "event.at")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A=\",\"body\":\"acme\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":1},\"sig\":\"$S\"}", "event.author")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"Acme\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":1},\"sig\":\"$S\"}", "event.body")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"-acme\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":1},\"sig\":\"$S\"}", "event.body")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":1},\"sig\":\"$S\"}", "event.body")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"acme_workshop\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":1},\"sig\":\"$S\"}", "event.body")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"$L\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":1},\"sig\":\"$S\"}", "event.body")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"acme\",\"kind\":\"Ballot.Cast\",\"payload\":{},\"prev\":\"$H\",\"seq\":1},\"sig\":\"$S\"}", "event.kind")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"acme\",\"kind\":\"\",\"payload\":{},\"prev\":\"$H\",\"seq\":1},\"sig\":\"$S\"}", "event.kind")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"acme\",\"kind\":\"k\",\"payload\":[],\"prev\":\"$H\",\"seq\":1},\"sig\":\"$S\"}", "event.payload")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"acme\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":0},\"sig\":\"$S\"}", "event.prev")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"acme\",\"kind\":\"k\",\"payload\":{},\"prev\":null,\"seq\":1},\"sig\":\"$S\"}", "event.prev")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"acme\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$U\",\"seq\":1},\"sig\":\"$S\"}", "event.prev")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"acme\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":-1},\"sig\":\"$S\"}", "event.seq")]
    [InlineData("{\"event\":{\"at\":1,\"author\":\"$A\",\"body\":\"acme\",\"kind\":\"k\",\"payload\":{},\"prev\":\"$H\",\"seq\":true},\"sig\":\"$S\"}", "event.seq")]
    public void Parse_MalformedEntry_IsRefusedNamingTheField(string template, string field)
    {
        var text = template
            .Replace("$A", "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo", StringComparison.Ordinal)
            .Replace("$H", new string('a', 64), StringComparison.Ordinal)
            .Replace("$U", new string('A', 64), StringComparison.Ordinal)
            .Replace("$L", new string('a', 64), StringComparison.Ordinal)
            .Replace("$S", new string('A', 86), StringComparison.Ordinal)
            .Replace("$T", new string('A', 85) + "B", StringComparison.Ordinal);
        var error = Assert.Throws<RecordFormatException>(() => Entry.Parse(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(field, error.Field);
        if (field.Length > 0)
            Assert.StartsWith(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NonCanonicalEntry_CarriesTheOffset()
    {
        var error = Assert.Throws<RecordFormatException>(() => Entry.Parse("{\"event\":{} }"u8.ToArray()));
        Assert.Equal(11, Assert.IsType<CanonicalJsonException>(error.InnerException).Offset);
    }

    [Fact]
    public void Create_ArgumentsTheFormatRefuses_Throw()
    {
        using var key = SigningKey.FromSeed(Seed);
        var payload = new JsonObject();
        Assert.Equal("body", Assert.Throws<ArgumentException>(() => Entry.Create("Acme", 0, null, At, "k", payload, key)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => Entry.Create("acme", 0, null, At, "K", payload, key)).ParamName);
        Assert.Equal("prev", Assert.Throws<ArgumentException>(() => Entry.Create("acme", 0, Sha256Hash.Of([]), At, "k", payload, key)).ParamName);
        Assert.Equal("prev", Assert.Throws<ArgumentException>(() => Entry.Create("acme", 1, null, At, "k", payload, key)).ParamName);
        Assert.Equal("seq", Assert.Throws<ArgumentOutOfRangeException>(() => Entry.Create("acme", -1, null, At, "k", payload, key)).ParamName);
        Assert.Equal("at", Assert.Throws<ArgumentOutOfRangeException>(() => Entry.Create("acme", 0, null, long.MinValue, "k", payload, key)).ParamName);
        var withFraction = new JsonObject { ["share"] = 0.5 };
        Assert.Equal("payload", Assert.Throws<ArgumentException>(() => Entry.Create("acme", 0, null, At, "k", withFraction, key)).ParamName);
    }

    private static JsonObject Ballot() => new() { ["motion"] = 4, ["ballot"] = new JsonObject { ["choice"] = "yes" } };

    private static byte[] Envelope(string eventJson, byte[] signature) =>
        Encoding.UTF8.GetBytes($"{{\"event\":{eventJson},\"sig\":\"{Convert.ToBase64String(signature).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"}}");
}
