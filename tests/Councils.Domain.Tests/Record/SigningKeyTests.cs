using Councils.Domain.Record;

namespace Councils.Domain.Tests.Record;

public sealed class SigningKeyTests
{
    // RFC 8032 §7.1, test 1: the empty message.
    private const string RfcSeed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private const string RfcPublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private const string RfcSignature =
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    [Fact]
    public void FromSeed_Rfc8032Vector_HasTheRfcPublicKeyAndSignature()
    {
        using var key = SigningKey.FromSeed(Convert.FromHexString(RfcSeed));
        Assert.Equal(RfcPublicKey, Convert.ToHexStringLower(key.PublicKey.Bytes));
        Assert.Equal(RfcSignature, Convert.ToHexStringLower(key.Sign([])));
    }

    [Fact]
    public void ExportSeed_GeneratedKey_RestoresTheSameKey()
    {
        using var key = SigningKey.Generate();
        using var restored = SigningKey.FromSeed(key.ExportSeed());
        Assert.Equal(key.PublicKey, restored.PublicKey);
    }

    [Fact]
    public void FromSeed_WrongLength_IsRefused() =>
        Assert.Throws<ArgumentException>(() => SigningKey.FromSeed(new byte[31]));

    [Fact]
    public void Sign_AfterDispose_Throws()
    {
        var key = SigningKey.Generate();
        key.Dispose();
        Assert.Throws<ObjectDisposedException>(() => key.Sign([1]));
    }
}
