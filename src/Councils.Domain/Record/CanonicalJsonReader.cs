using System.Buffers;
using System.Text.Json.Nodes;

namespace Councils.Domain.Record;

/// <summary>
/// One pass over bytes that must already be canonical JSON, refusing the first byte that is not.
/// Builds System.Text.Json nodes only when asked, so checking alone costs little more than a scan.
/// </summary>
/// <remarks>
/// Failures are returned, not thrown, so that <see cref="CanonicalJson.IsCanonical"/> stays cheap on
/// bad input; <see cref="CanonicalJson.Parse(ReadOnlySpan{byte})"/> turns them into exceptions.
/// </remarks>
internal ref partial struct CanonicalJsonReader
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
                _topMembers[index] = valueStart.._pos;
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
