using System.Buffers;
using System.Buffers.Text;

namespace Councils.Domain.Record;

/// <summary>
/// Unpadded base64url with exactly one spelling per byte string: the decoder alone would also take
/// whitespace, padding and non-zero unused bits in the last character, any of which would give one
/// key or signature several names.
/// </summary>
internal static class CanonicalBase64Url
{
    /// <summary>Decodes text that must encode exactly <c>destination.Length</c> bytes.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        if (text.Length != Base64Url.GetEncodedLength(destination.Length))
            return false;
        if (Base64Url.DecodeFromChars(text, destination, out _, out var written) != OperationStatus.Done
            || written != destination.Length)
            return false;
        Span<char> again = stackalloc char[text.Length];
        Base64Url.EncodeToChars(destination, again);
        return again.SequenceEqual(text);
    }
}
