using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Councils.Accounts;

/// <summary>Random secrets shown once: long tokens for invitation links, short codes to read aloud.</summary>
internal static class OneTimeSecret
{
    // Crockford's base 32 without I, L, O, U: nothing to mistake when read aloud or copied by hand.
    private const string CodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A 256-bit token for a link, in base64url.</summary>
    public static string Token() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>A code of 10 characters (50 bits), written in two groups of five: <c>7K2QD-9XW4M</c>.</summary>
    public static string Code()
    {
        var chars = new char[10];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        return $"{new string(chars, 0, 5)}-{new string(chars, 5, 5)}";
    }

    /// <summary>A code as typed, made canonical: case, spaces and dashes do not matter.</summary>
    public static string NormaliseCode(string typed) =>
        new([.. typed.ToUpperInvariant().Where(c => c is not (' ' or '-'))]);

    /// <summary>SHA-256 of a token, hex; a 256-bit random token needs no slow hash.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
