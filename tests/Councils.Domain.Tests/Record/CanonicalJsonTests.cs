using System.Text;
using System.Text.Json.Nodes;
using Councils.Domain.Record;

namespace Councils.Domain.Tests.Record;

public sealed partial class CanonicalJsonTests
{
    // RFC 8785 §3.2.2.2, without its "numbers" member: the record holds no floats.
    private const string RfcStringInput = """{"string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false]}""";
    private const string RfcStringCanonical = """{"literals":[null,true,false],"string":"€$\u000f\nA'B\"\\\\\"/"}""";

    // RFC 8785 §3.2.3: keys sort by UTF-16 code units, so the emoji (a surrogate pair) comes before U+FB33.
    private const string RfcSortingInput = """
        {
          "\u20ac": "Euro Sign",
          "\r": "Carriage Return",
          "\ufb33": "Hebrew Letter Dalet With Dagesh",
          "1": "One",
          "\ud83d\ude00": "Emoji: Grinning Face",
          "\u0080": "Control",
          "\u00f6": "Latin Small Letter O With Diaeresis"
        }
        """;

    private static readonly string[] RfcSortingValues =
    [
        "Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis", "Euro Sign",
        "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh",
    ];

    [Fact]
    public void Serialize_Rfc8785StringExample_EscapesOnlyWhatTheRfcEscapes() =>
        Assert.Equal(RfcStringCanonical, Encoding.UTF8.GetString(CanonicalJson.Serialize(JsonNode.Parse(RfcStringInput))));

    [Fact]
    public void Parse_Rfc8785StringExample_ReadsTheSameString()
    {
        var node = CanonicalJson.Parse(Encoding.UTF8.GetBytes(RfcStringCanonical))!;
        Assert.Equal("€$\u000f\nA'B\"\\\\\"/", node["string"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_Rfc8785SortingExample_OrdersKeysByUtf16CodeUnits()
    {
        var canonical = CanonicalJson.Serialize(JsonNode.Parse(RfcSortingInput));
        var values = CanonicalJson.Parse(canonical)!.AsObject().Select(member => member.Value!.GetValue<string>());
        Assert.Equal(RfcSortingValues, values);
    }

    [Fact]
    public void Parse_KeysInCodePointOrderButNotUtf16Order_IsRefused()
    {
        // U+FB33 precedes U+1F600 by code point (and by UTF-8 bytes) but follows it in UTF-16.
        var bytes = Encoding.UTF8.GetBytes("{\"\ufb33\":1,\"\ud83d\ude00\":2}");
        var error = Assert.Throws<CanonicalJsonException>(() => CanonicalJson.Parse(bytes));
        Assert.Equal(9, error.Offset);
        Assert.Contains("out of order", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("9007199254740991")]
    [InlineData("-9007199254740991")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"/é€😀\u007f\u0080\u2028\"")]
    [InlineData("\"\\u0000\\u001f\\b\\t\\n\\f\\r\\\"\\\\\"")]
    [InlineData("{\"\":0,\"a\":[1,{\"b\":null}],\"a\\n\":\"x\",\"ab\":{}}")]
    [InlineData("[[[[]]],{\"\\u0001\":1,\"\\u0002\":2,\"A\":3,\"a\":4,\"é\":5}]")]
    public void Parse_CanonicalInput_RoundTripsToTheSameBytes(string canonical)
    {
        var bytes = Encoding.UTF8.GetBytes(canonical);
        Assert.True(CanonicalJson.IsCanonical(bytes));
        Assert.Equal(bytes, CanonicalJson.Serialize(CanonicalJson.Parse(bytes)));
    }

    // Inputs are written one char per byte (Latin-1), so that invalid UTF-8 can be spelled out;
    // "\u00C3\u00A9" is the UTF-8 of "é".
    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData(" 1", 0, "whitespace")]
    [InlineData("1 ", 1, "whitespace")]
    [InlineData("1\n", 1, "whitespace")]
    [InlineData("{ }", 1, "whitespace")]
    [InlineData("{\"a\":1, \"b\":2}", 7, "whitespace")]
    [InlineData("{\"a\" :1}", 4, "whitespace")]
    [InlineData("[1 ,2]", 2, "whitespace")]
    [InlineData("{\"b\":1,\"a\":2}", 7, "key 'a' is out of order")]
    [InlineData("{\"a\":1,\"a\":2}", 7, "key 'a' is repeated")]
    [InlineData("{\"a\":{\"y\":1,\"x\":2}}", 12, "key 'x' is out of order")]
    [InlineData("{\"a\":1,}", 7, "expected a key")]
    [InlineData("[1,]", 3, "expected a value")]
    [InlineData("{a:1}", 1, "expected a key")]
    [InlineData("{\"a\"1}", 4, "expected ':'")]
    [InlineData("[1}", 2, "expected ',' or ']'")]
    [InlineData("1.0", 1, "fractions")]
    [InlineData("1.", 1, "fractions")]
    [InlineData(".5", 0, "expected a value")]
    [InlineData("1e3", 1, "exponents")]
    [InlineData("1E3", 1, "exponents")]
    [InlineData("-0", 0, "-0")]
    [InlineData("01", 0, "leading zeros")]
    [InlineData("-01", 0, "leading zeros")]
    [InlineData("+1", 0, "'+'")]
    [InlineData("-", 1, "end of input")]
    [InlineData("9007199254740992", 0, "beyond")]
    [InlineData("-9007199254740992", 0, "beyond")]
    [InlineData("[1,99999999999999999999999]", 3, "beyond")]
    [InlineData("12x", 2, "after the value")]
    [InlineData("{}{}", 2, "after the value")]
    [InlineData("nul", 0, "literal")]
    [InlineData("True", 0, "expected a value")]
    [InlineData("'a'", 0, "expected a value")]
    [InlineData("\"a", 2, "unterminated")]
    [InlineData("\"a\\", 3, "unterminated")]
    [InlineData("\"a\tb\"", 2, "must be escaped")]
    [InlineData("\"\\/\"", 1, "'/'")]
    [InlineData("\"\\x\"", 1, "invalid escape")]
    [InlineData("\"\\u00\"", 1, "\\u escape")]
    [InlineData("\"\\u00e9\"", 1, "written as itself")]
    [InlineData("\"\\u0041\"", 1, "written as itself")]
    [InlineData("\"\\u000A\"", 1, "lowercase")]
    [InlineData("\"\\u000a\"", 1, "\\n")]
    [InlineData("\"\\u0009\"", 1, "\\t")]
    [InlineData("\"\\u0022\"", 1, "\\\"")]
    [InlineData("\"\\u005c\"", 1, "\\\\")]
    [InlineData("\"\\ud800\"", 1, "surrogate")]
    [InlineData("\"\\ud83d\\ude00\"", 1, "surrogate")]
    [InlineData("\"\u00ED\u00A0\u0080\"", 1, "UTF-8")]
    [InlineData("\"a\u00FF\"", 2, "UTF-8")]
    [InlineData("\"\u00C0\u00AF\"", 1, "UTF-8")]
    [InlineData("\"\u00C3\u00A9\u00C3\"", 3, "UTF-8")]
    [InlineData("\u00EF\u00BB\u00BF{}", 0, "byte 0xef")]
    public void Parse_NonCanonicalInput_IsRefusedAtTheFirstBadByte(string latin1, int offset, string reason)
    {
        var bytes = Encoding.Latin1.GetBytes(latin1);
        Assert.False(CanonicalJson.IsCanonical(bytes));
        var error = Assert.Throws<CanonicalJsonException>(() => CanonicalJson.Parse(bytes));
        Assert.Equal(offset, error.Offset);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"at byte {offset}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestingPastTheLimit_IsRefused()
    {
        var deepest = new string('[', CanonicalJson.MaxDepth) + new string(']', CanonicalJson.MaxDepth);
        Assert.True(CanonicalJson.IsCanonical(Encoding.ASCII.GetBytes(deepest)));
        var tooDeep = Encoding.ASCII.GetBytes("[" + deepest + "]");
        var error = Assert.Throws<CanonicalJsonException>(() => CanonicalJson.Parse(tooDeep));
        Assert.Equal(CanonicalJson.MaxDepth, error.Offset);
    }

    [Fact]
    public void Parse_Values_AreLongStringBoolAndNull()
    {
        var node = CanonicalJson.Parse("{\"b\":true,\"i\":-5,\"n\":null,\"s\":\"x\"}"u8)!;
        Assert.Equal(-5L, node["i"]!.GetValue<long>());
        Assert.Equal("x", node["s"]!.GetValue<string>());
        Assert.True(node["b"]!.GetValue<bool>());
        Assert.True(node.AsObject().ContainsKey("n"));
        Assert.Null(node["n"]);
    }

    public static TheoryData<JsonNode, string> NonIntegers => new()
    {
        { new JsonObject { ["a"] = 1.5 }, "$.a" },
        { new JsonObject { ["a"] = 3.0 }, "$.a" },
        { new JsonObject { ["a"] = 3.0f }, "$.a" },
        { new JsonObject { ["a"] = 2m }, "$.a" },
        { new JsonObject { ["a"] = new JsonArray(1, 2, 9007199254740992L) }, "$.a[2]" },
        { new JsonObject { ["a"] = -9007199254740992L }, "$.a" },
        { new JsonObject { ["a"] = ulong.MaxValue }, "$.a" },
        { new JsonObject { ["a"] = long.MinValue }, "$.a" },
        { JsonNode.Parse("{\"a\":{\"b\":1.0}}")!, "$.a.b" },
        { JsonNode.Parse("{\"a\":1e2}")!, "$.a" },
        { JsonNode.Parse("[9007199254740992]")!, "$[0]" },
        { new JsonObject { ["a"] = double.NaN }, "$.a" },
        { new JsonObject { ["a"] = "\ud800" }, "$.a" },
        { new JsonObject { ["\udc00"] = 1 }, "$" },
    };

    [Theory]
    [MemberData(nameof(NonIntegers))]
    public void Serialize_ValueWithNoCanonicalForm_IsRefusedNamingItsPath(JsonNode node, string path)
    {
        var error = Assert.Throws<CanonicalJsonException>(() => CanonicalJson.Serialize(node));
        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
        Assert.Equal(-1, error.Offset);
    }

    [Fact]
    public void Serialize_OtherIntegerTypesAndParsedIntegers_AreWrittenAsIntegers()
    {
        var node = new JsonObject
        {
            ["b"] = (byte)7, ["i"] = -3, ["p"] = JsonNode.Parse("9007199254740991"), ["u"] = 42UL, ["z"] = (short)-2,
        };
        Assert.Equal("{\"b\":7,\"i\":-3,\"p\":9007199254740991,\"u\":42,\"z\":-2}", Encoding.UTF8.GetString(CanonicalJson.Serialize(node)));
    }

    [Fact]
    public void Serialize_NestingPastTheLimit_IsRefused()
    {
        JsonNode node = new JsonArray();
        for (var i = 1; i < CanonicalJson.MaxDepth; i++)
            node = new JsonArray(node);
        Assert.NotEmpty(CanonicalJson.Serialize(node));
        Assert.Throws<CanonicalJsonException>(() => CanonicalJson.Serialize(new JsonArray(node)));
    }
}
