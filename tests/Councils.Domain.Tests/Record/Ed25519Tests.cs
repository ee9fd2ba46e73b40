using Councils.Domain.Record;

namespace Councils.Domain.Tests.Record;

public sealed class Ed25519Tests
{
    private static readonly byte[] Data = "the council met"u8.ToArray();

    [Fact]
    public void Verify_SignatureOverTheData_IsTrue()
    {
        using var key = SigningKey.Generate();
        Assert.True(Ed25519.Verify(key.PublicKey, Data, key.Sign(Data)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(63)]
    public void Verify_SignatureWithOneBitFlipped_IsFalse(int position)
    {
        using var key = SigningKey.Generate();
        var signature = key.Sign(Data);
        signature[position] ^= 1;
        Assert.False(Ed25519.Verify(key.PublicKey, Data, signature));
    }

    [Fact]
    public void Verify_OtherData_IsFalse()
    {
        using var key = SigningKey.Generate();
        Assert.False(Ed25519.Verify(key.PublicKey, "the council did not meet"u8, key.Sign(Data)));
    }

    [Fact]
    public void Verify_OtherKey_IsFalse()
    {
        using var key = SigningKey.Generate();
        using var other = SigningKey.Generate();
        Assert.False(Ed25519.Verify(other.PublicKey, Data, key.Sign(Data)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(65)]
    public void Verify_SignatureOfTheWrongLength_IsFalse(int length)
    {
        using var key = SigningKey.Generate();
        Assert.False(Ed25519.Verify(key.PublicKey, Data, new byte[length]));
    }

    [Fact]
    public void Verify_KeyThatIsNotACurvePoint_IsFalseWithoutThrowing()
    {
        using var key = SigningKey.Generate();
        var notAPoint = PublicKey.FromBytes(Enumerable.Repeat((byte)0xFF, 32).ToArray());
        Assert.False(Ed25519.Verify(notAPoint, Data, key.Sign(Data)));
    }
}
