using System.Text;
using Councils.Domain.Record;

namespace Councils.Domain.Tests.Record;

public sealed class CheckpointTests
{
    private const long At = 1764237600000;
    private static readonly byte[] Seed = [.. Enumerable.Range(101, 32).Select(i => (byte)i)];
    private static readonly Sha256Hash Root = MerkleTree.LeafHash("entry"u8);

    [Fact]
    public void Create_Checkpoint_WritesTheDocumentedBytes()
    {
        using var key = SigningKey.FromSeed(Seed);
        var checkpoint = Checkpoint.Create("acme-workshop", 8, Root, At, key);
        var expected = $"{{\"at\":1764237600000,\"body\":\"acme-workshop\",\"root\":\"{Root}\",\"signer\":\"{key.PublicKey}\",\"size\":8}}";
        Assert.Equal(expected, Encoding.UTF8.GetString(checkpoint.CheckpointBytes.Span));
        Assert.StartsWith($"{{\"checkpoint\":{expected},\"sig\":\"", checkpoint.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CreatedCheckpoint_RoundTripsEveryField()
    {
        using var key = SigningKey.FromSeed(Seed);
        var created = Checkpoint.Create("acme-workshop", 8, Root, At, key);
        var parsed = Checkpoint.Parse(created.Bytes.ToArray());
        Assert.Equal("acme-workshop", parsed.Body);
        Assert.Equal(8, parsed.Size);
        Assert.Equal(Root, parsed.Root);
        Assert.Equal(At, parsed.At);
        Assert.Equal(key.PublicKey, parsed.Signer);
        Assert.Equal(created.Bytes.ToArray(), parsed.Bytes.ToArray());
        Assert.True(parsed.HasValidSignature());
    }

    [Fact]
    public void Parse_AnySingleBitFlipped_FailsToParseOrToVerify()
    {
        using var key = SigningKey.FromSeed(Seed);
        var original = Checkpoint.Create("acme", 3, Root, 7, key).Bytes.ToArray();
        for (var position = 0; position < original.Length; position++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var bytes = (byte[])original.Clone();
                bytes[position] ^= (byte)(1 << bit);
                Checkpoint checkpoint;
                try
                {
                    checkpoint = Checkpoint.Parse(bytes);
                }
                catch (RecordFormatException)
                {
                    continue;
                }
                Assert.False(checkpoint.HasValidSignature(), $"bit {bit} of byte {position} flipped yet the signature holds");
            }
        }
    }

    [Theory]
    [InlineData("{\"checkpoint\":{\"at\":1,\"body\":\"acme\",\"root\":\"$H\",\"signer\":\"$A\",\"size\":-1},\"sig\":\"$S\"}", "checkpoint.size")]
    [InlineData("{\"checkpoint\":{\"at\":1,\"body\":\"acme\",\"root\":\"$U\",\"signer\":\"$A\",\"size\":1},\"sig\":\"$S\"}", "checkpoint.root")]
    [InlineData("{\"checkpoint\":{\"at\":1,\"body\":\"acme\",\"root\":\"$H\",\"size\":1},\"sig\":\"$S\"}", "checkpoint.signer")]
    [InlineData("{\"checkpoint\":{\"at\":1,\"body\":\"ACME\",\"root\":\"$H\",\"signer\":\"$A\",\"size\":1},\"sig\":\"$S\"}", "checkpoint.body")]
    [InlineData("{\"checkpoint\":{\"at\":1,\"body\":\"acme\",\"prev\":null,\"root\":\"$H\",\"signer\":\"$A\",\"size\":1},\"sig\":\"$S\"}", "checkpoint.prev")]
    [InlineData("{\"event\":{},\"sig\":\"$S\"}", "checkpoint")]
    public void Parse_MalformedCheckpoint_IsRefusedNamingTheField(string template, string field)
    {
        var text = template
            .Replace("$A", "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo", StringComparison.Ordinal)
            .Replace("$H", new string('a', 64), StringComparison.Ordinal)
            .Replace("$U", new string('A', 64), StringComparison.Ordinal)
            .Replace("$S", new string('A', 86), StringComparison.Ordinal);
        Assert.Equal(field, Assert.Throws<RecordFormatException>(() => Checkpoint.Parse(Encoding.UTF8.GetBytes(text))).Field);
    }

    [Fact]
    public void Create_ArgumentsTheFormatRefuses_Throw()
    {
        using var key = SigningKey.FromSeed(Seed);
        Assert.Equal("body", Assert.Throws<ArgumentException>(() => Checkpoint.Create("a b", 1, Root, At, key)).ParamName);
        Assert.Equal("size", Assert.Throws<ArgumentOutOfRangeException>(() => Checkpoint.Create("acme", -1, Root, At, key)).ParamName);
        Assert.Equal("root", Assert.Throws<ArgumentException>(() => Checkpoint.Create("acme", 1, default, At, key)).ParamName);
    }
}
