using System.Text.Json.Nodes;
using Councils.Web;

namespace Councils.Tests.Web;

/// <summary>What an amendment changed, rule by rule: nested rules by their path, values as recorded, nothing that stayed.</summary>
public sealed class CharterHistoryTests
{
    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    [Theory]
    [InlineData("""{"openForSeconds":604800}""", """{"openForSeconds":259200}""", "openForSeconds 604800 259200")]
    [InlineData("""{"admission":"by-member"}""", """{"admission":"open"}""", "admission by-member open")]
    [InlineData("""{"quorum":{"num":1,"den":2}}""", """{"quorum":{"num":2,"den":3}}""", "quorum.den 2 3|quorum.num 1 2")]
    [InlineData("""{"method":{"type":"majority"}}""", """{"method":{"type":"qualified","num":2,"den":3,"of":"cast"}}""",
        "method.den - 3|method.num - 2|method.of - cast|method.type majority qualified")]
    [InlineData("""{"delegation":{"seats":1}}""", """{}""", "delegation.seats 1 -")]
    [InlineData("""{"matters":{"modes":{"transport":"delegates"}}}""", """{"matters":{"modes":{"transport":"referendum"}}}""",
        "matters.modes.transport delegates referendum")]
    [InlineData("""{"quorum":{"num":1,"den":2},"admission":"open"}""", """{"admission":"open","quorum":{"den":2,"num":1}}""", "")]
    public void Changes_BetweenTwoCharters_ListsEachChangedRuleOldAndNew(string before, string after, string expected)
    {
        var changes = CharterHistory.Changes(Json(before), Json(after));

        Assert.Equal(expected, string.Join("|", changes.Select(c => $"{c.Field} {c.Old ?? "-"} {c.New ?? "-"}")));
    }
}
