using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Councils.Domain.Record;

// Strings: the one place where escapes, UTF-8 and key order need care.
internal ref partial struct CanonicalJsonReader
{
    /// <summary>
    /// Reads a string starting at its opening quote; <paramref name="content"/> is the range between
    /// the quotes, as written.
    /// </summary>
    private bool TryReadString(out Range content, out bool escaped)
    {
        var start = ++_pos;
        content = default;
        escaped = false;
        while (true)
        {
            var rest = _json[_pos..];
            var special = rest.IndexOfAny(StringSpecials);
            if (special < 0)
                return Utf8.IsValid(rest) ? Fail(_json.Length, "unterminated string") : FailInvalidUtf8(rest);
            var run = rest[..special];
            // The run ends at an ASCII byte, so a multi-byte sequence cannot straddle it.
            if (!Utf8.IsValid(run))
                return FailInvalidUtf8(run);
            _pos += special;
            var b = _json[_pos];
            if (b == '"')
            {
                content = start.._pos;
                _pos++;
                return true;
            }
            if (b != '\\')
                return Fail(_pos, $"control character U+{b:x4} must be escaped");
            if (!TryCheckEscape())
                return false;
            escaped = true;
        }
    }

    /// <summary>Checks the escape at the current backslash and steps over it.</summary>
    private bool TryCheckEscape()
    {
        var at = _pos;
        if (at + 1 >= _json.Length)
            return Fail(_json.Length, "unterminated string");
        switch (_json[at + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'b' or (byte)'t' or (byte)'n' or (byte)'f' or (byte)'r':
                _pos += 2;
                return true;
            case (byte)'/':
                return Fail(at, "'/' must be written as itself, not escaped");
            case (byte)'u':
                break;
            default:
                return Fail(at, "invalid escape");
        }
        if (at + 6 > _json.Length)
            return Fail(at, "truncated \\u escape");
        var hex = _json.Slice(at + 2, 4);
        if (hex.ContainsAnyExcept(HexDigits))
            return Fail(at, "invalid \\u escape");
        if (hex.ContainsAnyInRange((byte)'A', (byte)'F'))
            return Fail(at, "\\u escapes use lowercase hex");
        var code = Convert.ToInt32(Encoding.ASCII.GetString(hex), 16);
        if (code >= 0x20)
        {
            return Fail(at, code switch
            {
                '"' => "'\"' must be escaped as \\\"",
                '\\' => "'\\' must be escaped as \\\\",
                >= 0xD800 and <= 0xDFFF => "surrogates must not be escaped; lone surrogates are refused",
                _ => $"U+{code:x4} must be written as itself, not escaped",
            });
        }
        if (ShortEscape((char)code) is { } letter)
            return Fail(at, $"U+{code:x4} must be escaped as \\{letter}");
        _pos += 6;
        return true;
    }

    /// <summary>
    /// Orders two keys by their UTF-16 code units, as RFC 8785 requires, without decoding them when
    /// they hold no escapes.
    /// </summary>
    private static int CompareKeys(ReadOnlySpan<byte> a, bool aEscaped, ReadOnlySpan<byte> b, bool bEscaped)
    {
        if (aEscaped || bEscaped)
            return Math.Sign(string.CompareOrdinal(Decode(a, aEscaped), Decode(b, bEscaped)));
        var common = a.CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
            return a.Length.CompareTo(b.Length);
        byte x = a[common], y = b[common];
        // UTF-8 sorts by code point, UTF-16 does too except that characters past U+FFFF (UTF-8 lead
        // bytes F0–F4, surrogates D800–DFFF in UTF-16) come before U+E000–U+FFFF (lead bytes EE, EF).
        // After an equal prefix both bytes are lead bytes or both continuation bytes of one length.
        if (x >= 0xF0 && y is 0xEE or 0xEF)
            return -1;
        if (y >= 0xF0 && x is 0xEE or 0xEF)
            return 1;
        return x.CompareTo(y);
    }

    /// <summary>Decodes string content already checked to be canonical.</summary>
    private static string Decode(ReadOnlySpan<byte> content, bool escaped)
    {
        if (!escaped)
            return Encoding.UTF8.GetString(content);
        char[]? rented = null;
        var chars = content.Length <= 256 ? stackalloc char[content.Length] : (rented = ArrayPool<char>.Shared.Rent(content.Length));
        var length = 0;
        while (!content.IsEmpty)
        {
            var backslash = content.IndexOf((byte)'\\');
            var run = backslash < 0 ? content : content[..backslash];
            length += Encoding.UTF8.GetChars(run, chars[length..]);
            if (backslash < 0)
                break;
            var letter = content[backslash + 1];
            chars[length++] = letter switch
            {
                (byte)'b' => '\b',
                (byte)'t' => '\t',
                (byte)'n' => '\n',
                (byte)'f' => '\f',
                (byte)'r' => '\r',
                (byte)'u' => (char)Convert.ToInt32(Encoding.ASCII.GetString(content.Slice(backslash + 2, 4)), 16),
                _ => (char)letter,
            };
            content = content[(backslash + (letter == 'u' ? 6 : 2))..];
        }
        var text = new string(chars[..length]);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return text;
    }

    /// <summary>The letter of the two-character escape for a control character, if it has one.</summary>
    internal static char? ShortEscape(char c) => c switch
    {
        '\b' => 'b',
        '\t' => 't',
        '\n' => 'n',
        '\f' => 'f',
        '\r' => 'r',
        _ => null,
    };

    /// <summary>Names the first bad byte of a run, starting at the current position, known to be invalid UTF-8.</summary>
    private bool FailInvalidUtf8(ReadOnlySpan<byte> run)
    {
        var offset = 0;
        while (Rune.DecodeFromUtf8(run[offset..], out _, out var consumed) == OperationStatus.Done)
            offset += consumed;
        return Fail(_pos + offset, "invalid UTF-8");
    }
}
