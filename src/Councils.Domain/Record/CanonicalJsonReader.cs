using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Councils.Domain.Record;

/// <summary>
/// One pass over bytes that must already be canonical JSON, refusing the first byte that is not.
/// Builds System.Text.Json nodes only when asked, so checking alone allocates nothing on success.
/// </summary>
/// <remarks>
/// Failures are returned, not thrown, so that <see cref="CanonicalJson.IsCanonical"/> stays cheap on
/// bad input; <see cref="CanonicalJson.Parse(ReadOnlySpan{byte})"/> turns them into exceptions.
/// </remarks>
internal ref struct CanonicalJsonReader
{
    private static readonly SearchValues<byte> StringSpecials = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\']);

    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789abcdefABCDEF"u8);

    private readonly ReadOnlySpan<byte> _json;
    private readonly bool _build;
    private readonly Span<Range> _topMembers;
    private int _pos;

    /// <param name="json">The bytes to read.</param>
    /// <param name="build">Whether to build nodes, or only check.</param>
    /// <param name="topMembers">Receives the byte ranges of the values of the first members of a top-level object.</param>
    public CanonicalJsonReader(ReadOnlySpan<byte> json, bool build, Span<Range> topMembers = default)
    {
        _json = json;
        _build = build;
        _topMembers = topMembers;
    }

    /// <summary>The offset of the first non-canonical byte, once a read has failed.</summary>
    public int ErrorOffset { get; private set; }

    /// <summary>Why the read failed, in a phrase that reads well before "at byte N".</summary>
    public string? Error { get; private set; }

    /// <summary>How many top-level object members were recorded in the ranges given to the constructor.</summary>
    public int TopMemberCount { get; private set; }

    /// <summary>Reads the whole input as one value; false at the first non-canonical byte.</summary>
    public bool TryReadDocument(out JsonNode? node)
    {
        node = null;
        if (_json.IsEmpty)
            return Fail(0, "the input is empty");
        if (!TryReadValue(0, out node))
            return false;
        return _pos == _json.Length || Fail(_pos, IsWhitespace(_json[_pos]) ? "whitespace is not allowed" : "unexpected bytes after the value");
    }

    private bool TryReadValue(int depth, out JsonNode? node)
    {
        node = null;
        if (_pos >= _json.Length)
            return Fail(_pos, "unexpected end of input");
        switch (_json[_pos])
        {
            case (byte)'{':
                return TryReadObject(depth, out node);
            case (byte)'[':
                return TryReadArray(depth, out node);
            case (byte)'"':
                if (!TryReadString(out var content, out var escaped))
                    return false;
                if (_build)
                    node = JsonValue.Create(Decode(_json[content], escaped));
                return true;
            case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                if (!TryReadInteger(out var value))
                    return false;
                if (_build)
                    node = JsonValue.Create(value);
                return true;
            case (byte)'t':
                return TryReadLiteral("true"u8, out node, true);
            case (byte)'f':
                return TryReadLiteral("false"u8, out node, false);
            case (byte)'n':
                return TryReadLiteral("null"u8, out node, null);
            default:
                return Unexpected("a value");
        }
    }

    private bool TryReadObject(int depth, out JsonNode? node)
    {
        node = null;
        if (depth >= CanonicalJson.MaxDepth)
            return Fail(_pos, $"objects and arrays nest deeper than {CanonicalJson.MaxDepth}");
        var obj = _build ? new JsonObject() : null;
        node = obj;
        _pos++;
        if (_pos < _json.Length && _json[_pos] == '}')
        {
            _pos++;
            return true;
        }
        Range previousKey = default;
        var previousEscaped = false;
        for (var index = 0; ; index++)
        {
            if (_pos >= _json.Length || _json[_pos] != '"')
                return Unexpected("a key");
            var keyStart = _pos;
            if (!TryReadString(out var key, out var escaped))
                return false;
            if (index > 0)
            {
                var order = CompareKeys(_json[previousKey], previousEscaped, _json[key], escaped);
                if (order >= 0)
                    return Fail(keyStart, $"key '{Decode(_json[key], escaped)}' is {(order == 0 ? "repeated" : "out of order")}");
            }
            previousKey = key;
            previousEscaped = escaped;
            if (_pos >= _json.Length || _json[_pos] != ':')
                return Unexpected("':'");
            _pos++;
            var valueStart = _pos;
            if (!TryReadValue(depth + 1, out var value))
                return false;
            if (depth == 0 && index < _topMembers.Length)
            {
                _topMembers[index] = valueStart.._pos;
                TopMemberCount = index + 1;
            }
            obj?.Add(Decode(_json[key], escaped), value);
            if (_pos < _json.Length && _json[_pos] == ',')
            {
                _pos++;
                continue;
            }
            if (_pos < _json.Length && _json[_pos] == '}')
            {
                _pos++;
                return true;
            }
            return Unexpected("',' or '}'");
        }
    }

    private bool TryReadArray(int depth, out JsonNode? node)
    {
        node = null;
        if (depth >= CanonicalJson.MaxDepth)
            return Fail(_pos, $"objects and arrays nest deeper than {CanonicalJson.MaxDepth}");
        var array = _build ? new JsonArray() : null;
        node = array;
        _pos++;
        if (_pos < _json.Length && _json[_pos] == ']')
        {
            _pos++;
            return true;
        }
        while (true)
        {
            if (!TryReadValue(depth + 1, out var item))
                return false;
            array?.Add(item);
            if (_pos < _json.Length && _json[_pos] == ',')
            {
                _pos++;
                continue;
            }
            if (_pos < _json.Length && _json[_pos] == ']')
            {
                _pos++;
                return true;
            }
            return Unexpected("',' or ']'");
        }
    }

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

    private bool TryReadInteger(out long value)
    {
        value = 0;
        var start = _pos;
        var negative = _json[_pos] == '-';
        if (negative)
            _pos++;
        if (_pos >= _json.Length || !IsDigit(_json[_pos]))
            return Unexpected("a digit");
        if (_json[_pos] == '0')
        {
            _pos++;
            if (_pos < _json.Length && IsDigit(_json[_pos]))
                return Fail(start, "leading zeros are not allowed");
            if (negative)
                return Fail(start, "-0 is not allowed");
        }
        else
        {
            var digits = 0;
            while (_pos < _json.Length && IsDigit(_json[_pos]))
            {
                // 2^53 − 1 has 16 digits; stop accumulating past that to avoid overflow.
                if (++digits <= 17)
                    value = value * 10 + (_json[_pos] - '0');
                _pos++;
            }
            if (value > CanonicalJson.MaxInteger)
                return Fail(start, "integer is beyond ±(2^53 − 1)");
        }
        if (_pos < _json.Length && _json[_pos] is (byte)'.')
            return Fail(_pos, "fractions are not allowed; numbers are integers");
        if (_pos < _json.Length && _json[_pos] is (byte)'e' or (byte)'E')
            return Fail(_pos, "exponents are not allowed");
        if (negative)
            value = -value;
        return true;
    }

    private bool TryReadLiteral(ReadOnlySpan<byte> literal, out JsonNode? node, bool? value)
    {
        node = null;
        if (!_json[_pos..].StartsWith(literal))
            return Fail(_pos, "invalid literal");
        _pos += literal.Length;
        if (_build && value is { } b)
            node = JsonValue.Create(b);
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

    private bool Unexpected(string expected)
    {
        if (_pos >= _json.Length)
            return Fail(_pos, $"unexpected end of input; expected {expected}");
        var b = _json[_pos];
        if (IsWhitespace(b))
            return Fail(_pos, "whitespace is not allowed");
        if (b == '+')
            return Fail(_pos, "'+' is not allowed");
        var found = b is >= 0x21 and < 0x7F ? $"'{(char)b}'" : $"byte 0x{b:x2}";
        return Fail(_pos, $"expected {expected}, found {found}");
    }

    private bool Fail(int offset, string error)
    {
        ErrorOffset = offset;
        Error = error;
        return false;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';
}
