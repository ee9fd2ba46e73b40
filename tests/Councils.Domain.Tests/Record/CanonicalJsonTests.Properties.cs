using System.Buffers;
using System.Text.Json.Nodes;
using Councils.Domain.Record;

namespace Councils.Domain.Tests.Record;

// Properties of canonical JSON over a few thousand random trees from a fixed seed.
public sealed partial class CanonicalJsonTests
{
    private const int Seed = 20251127;
    private const int Trees = 3000;

    // Characters that stress escaping, UTF-8 and UTF-16 ordering; "😀" is a surrogate pair.
    private static readonly string[] Alphabet =
    [
        "a", "b", "A", "z", "0", " ", "\"", "\\", "/", "\u0000", "\u001f", "\n", "\t", "\u007f", "\u0080",
        "é", "€", "\ufb33", "\ue000", "\uffff", "😀", "\U0010ffff",
    ];

    [Fact]
    public void ParseOfSerialize_RandomTrees_RoundTripsToTheSameBytesAndValue()
    {
        var random = new Random(Seed);
        for (var n = 0; n < Trees; n++)
        {
            var tree = RandomTree(random);
            var bytes = CanonicalJson.Serialize(tree);
            Assert.True(CanonicalJson.IsCanonical(bytes));
            var parsed = CanonicalJson.Parse(bytes);
            Assert.True(JsonNode.DeepEquals(tree, parsed), $"tree {n} changed in a round trip");
            Assert.Equal(bytes, CanonicalJson.Serialize(parsed));
            // The bytes are ordinary JSON too: System.Text.Json reads the same value from them.
            Assert.Equal(bytes, CanonicalJson.Serialize(JsonNode.Parse(bytes)));
        }
    }

    [Fact]
    public void Parse_RandomTreeWithASpaceOutsideStrings_IsRefused()
    {
        var random = new Random(Seed);
        for (var n = 0; n < Trees; n++)
        {
            var bytes = CanonicalJson.Serialize(RandomTree(random));
            var outside = PositionsOutsideStrings(bytes);
            var at = outside[random.Next(outside.Count)];
            byte[] spaced = [.. bytes.AsSpan(0, at), (byte)' ', .. bytes.AsSpan(at)];
            Assert.False(CanonicalJson.IsCanonical(spaced));
            var error = Assert.Throws<CanonicalJsonException>(() => CanonicalJson.Parse(spaced));
            Assert.InRange(error.Offset, 0, spaced.Length);
        }
    }

    [Fact]
    public void Parse_RandomTreeWithTwoKeysSwapped_IsRefused()
    {
        var random = new Random(Seed);
        var swapped = 0;
        for (var n = 0; n < Trees; n++)
        {
            var tree = RandomTree(random);
            var candidates = Objects(tree).Where(o => o.Count >= 2).ToList();
            if (candidates.Count == 0)
                continue;
            var target = candidates[random.Next(candidates.Count)];
            var i = random.Next(target.Count - 1);
            var j = random.Next(i + 1, target.Count);
            var output = new ArrayBufferWriter<byte>();
            WriteSwapping(output, tree, target, i, j);
            var bytes = output.WrittenSpan.ToArray();
            Assert.False(CanonicalJson.IsCanonical(bytes));
            var error = Assert.Throws<CanonicalJsonException>(() => CanonicalJson.Parse(bytes));
            Assert.Contains("is out of order", error.Message, StringComparison.Ordinal);
            swapped++;
        }
        Assert.True(swapped > Trees / 2, $"only {swapped} trees had an object to disorder");
    }

    // Mostly objects, the record's usual shape, and sometimes any value at all.
    private static JsonNode? RandomTree(Random random) => random.Next(4) == 0 ? RandomValue(random, 0) : RandomObject(random, 0);

    private static JsonNode? RandomValue(Random random, int depth) =>
        random.Next(depth >= 4 ? 5 : 8) switch
        {
            0 => null,
            1 => JsonValue.Create(random.Next(2) == 0),
            2 => JsonValue.Create(RandomInteger(random)),
            3 or 4 => JsonValue.Create(RandomString(random, 8)),
            5 => new JsonArray([.. Enumerable.Range(0, random.Next(5)).Select(_ => RandomValue(random, depth + 1))]),
            _ => RandomObject(random, depth),
        };

    private static JsonObject RandomObject(Random random, int depth)
    {
        var obj = new JsonObject();
        for (var count = random.Next(6); count > 0; count--)
            obj.TryAdd(RandomString(random, 4), RandomValue(random, depth + 1));
        return obj;
    }

    private static long RandomInteger(Random random) => random.Next(4) switch
    {
        0 => random.Next(-10, 11),
        1 => random.Next(2) == 0 ? CanonicalJson.MaxInteger : -CanonicalJson.MaxInteger,
        _ => random.NextInt64(-CanonicalJson.MaxInteger, CanonicalJson.MaxInteger + 1),
    };

    private static string RandomString(Random random, int maxLength) =>
        string.Concat(Enumerable.Range(0, random.Next(maxLength + 1)).Select(_ => Alphabet[random.Next(Alphabet.Length)]));

    /// <summary>Insertion points (before byte i, or at the end) that do not fall inside a string.</summary>
    private static List<int> PositionsOutsideStrings(byte[] bytes)
    {
        var positions = new List<int> { 0 };
        var inString = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (inString && bytes[i] == '\\')
                i++;
            else if (bytes[i] == '"')
                inString = !inString;
            if (!inString)
                positions.Add(i + 1);
        }
        return positions;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(member => Objects(member.Value)).Prepend(obj),
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };

    /// <summary>Writes canonical JSON except that, in <paramref name="target"/>, members i and j trade places.</summary>
    private static void WriteSwapping(ArrayBufferWriter<byte> output, JsonNode? node, JsonObject target, int i, int j)
    {
        switch (node)
        {
            case JsonObject obj:
                var members = obj.OrderBy(member => member.Key, StringComparer.Ordinal).ToArray();
                if (ReferenceEquals(obj, target))
                    (members[i], members[j]) = (members[j], members[i]);
                output.Write("{"u8);
                for (var m = 0; m < members.Length; m++)
                {
                    if (m > 0)
                        output.Write(","u8);
                    output.Write(CanonicalJson.Serialize(JsonValue.Create(members[m].Key)));
                    output.Write(":"u8);
                    WriteSwapping(output, members[m].Value, target, i, j);
                }
                output.Write("}"u8);
                break;
            case JsonArray array:
                output.Write("["u8);
                for (var m = 0; m < array.Count; m++)
                {
                    if (m > 0)
                        output.Write(","u8);
                    WriteSwapping(output, array[m], target, i, j);
                }
                output.Write("]"u8);
                break;
            default:
                output.Write(CanonicalJson.Serialize(node));
                break;
        }
    }
}
