using System.Text.Json.Nodes;
using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Methods;

public sealed class OptionsBallotTests
{
    private static readonly string[] Abcd = ["a", "b", "c", "d"];

    private static DecisionMethod MethodOf(string name) => name switch
    {
        "approval" => new ApprovalVote(Abcd, 1, 7),
        "score" => new ScoreVote(Abcd, 5, 1, 7),
        "schulze" => new SchulzeVote(Abcd, 7),
        "stv" => new SingleTransferableVote(StvRules.Scottish, Abcd, 2, 7),
        _ => new InstantRunoffVote(Abcd, 7),
    };

    [Theory]
    // method, ballot → refused field (null: accepted)
    [InlineData("approval", """{"approve":["a","c"]}""", null)]
    [InlineData("approval", """{"approve":[]}""", null)]                                   // blank
    [InlineData("approval", """{"approve":["a","b","c","d"]}""", null)]
    [InlineData("approval", """{"approve":["a","e"]}""", "ballot.approve[1]")]             // not an option
    [InlineData("approval", """{"approve":["a","a"]}""", "ballot.approve[1]")]             // twice
    [InlineData("approval", """{"approve":["a",1]}""", "ballot.approve[1]")]
    [InlineData("approval", """{"approve":"a"}""", "ballot.approve")]
    [InlineData("approval", """{}""", "ballot.approve")]
    [InlineData("approval", """{"approve":["a"],"choice":"yes"}""", "ballot.choice")]
    [InlineData("approval", """{"choice":"yes"}""", "ballot.approve")]                      // another method's ballot
    [InlineData("score", """{"scores":{"a":5,"b":0}}""", null)]
    [InlineData("score", """{"scores":{}}""", null)]                                       // blank: every option 0
    [InlineData("score", """{"scores":{"a":0,"b":1,"c":2,"d":3}}""", null)]
    [InlineData("score", """{"scores":{"a":6}}""", "ballot.scores.a")]                      // above max
    [InlineData("score", """{"scores":{"a":-1}}""", "ballot.scores.a")]
    [InlineData("score", """{"scores":{"a":2.5}}""", "ballot.scores.a")]
    [InlineData("score", """{"scores":{"a":"5"}}""", "ballot.scores.a")]
    [InlineData("score", """{"scores":{"e":1}}""", "ballot.scores.e")]
    [InlineData("score", """{"scores":[5,0]}""", "ballot.scores")]
    [InlineData("score", """{"approve":["a"]}""", "ballot.scores")]
    [InlineData("schulze", """{"ranking":[["a"],["b","c"],["d"]]}""", null)]
    [InlineData("schulze", """{"ranking":[["b"]]}""", null)]                                // the rest rank equal, below b
    [InlineData("schulze", """{"ranking":[]}""", null)]                                    // blank
    [InlineData("schulze", """{"ranking":[["a","b","c","d"]]}""", null)]
    [InlineData("schulze", """{"ranking":[["a"],[]]}""", "ballot.ranking[1]")]             // an empty group
    [InlineData("schulze", """{"ranking":["a","b"]}""", "ballot.ranking[0]")]              // groups are lists
    [InlineData("schulze", """{"ranking":[["a"],["b","a"]]}""", "ballot.ranking[1][1]")]   // a twice
    [InlineData("schulze", """{"ranking":[["a"],["e"]]}""", "ballot.ranking[1][0]")]
    [InlineData("schulze", """{"ranking":[["a"],[null]]}""", "ballot.ranking[1][0]")]
    [InlineData("schulze", """{"ranking":{"a":1}}""", "ballot.ranking")]
    [InlineData("stv", """{"ranking":[["a"],["b"],["c","d"]]}""", null)]                   // counted down to the equal group
    [InlineData("stv", """{"ranking":[["a"],["a"]]}""", "ballot.ranking[1][0]")]
    [InlineData("irv", """{"ranking":[["d"],["c"]]}""", null)]
    [InlineData("irv", """{"ranking":[["d"]],"weight":2}""", "ballot.weight")]
    public void ReadBallot_OnlyTheMethodsShape_IsAccepted(string method, string json, string? refusedField)
    {
        var act = () => MethodOf(method).ReadBallot(JsonNode.Parse(json)!.AsObject());
        if (refusedField is null)
            Assert.Equal(act(), MethodOf(method).ReadBallot(act().ToJson()));   // accepted, and written back as it reads
        else
            Expect.Rule(Rules.BallotInvalid, refusedField, () => act());
    }

    [Fact]
    public void ReadBallot_Score_LeftOutIsZero()
    {
        var method = MethodOf("score");
        var ballot = (ScoreBallot)method.ReadBallot(JsonNode.Parse("""{"scores":{"b":0,"c":4}}""")!.AsObject());
        Assert.Equal((0, 0, 4, 0), (ballot["a"], ballot["b"], ballot["c"], ballot["d"]));
        Assert.Equal(ballot, method.ReadBallot(JsonNode.Parse("""{"scores":{"c":4}}""")!.AsObject()));
        Assert.Equal("""{"scores":{"c":4}}""", ballot.ToJson().ToJsonString());
    }

    [Fact]
    public void ReadBallot_OrderWithinAGroupOrOfApprovals_DoesNotMatter()
    {
        var ranked = MethodOf("schulze");
        Assert.Equal(
            ranked.ReadBallot(JsonNode.Parse("""{"ranking":[["c","b"],["a"]]}""")!.AsObject()),
            ranked.ReadBallot(JsonNode.Parse("""{"ranking":[["b","c"],["a"]]}""")!.AsObject()));
        Assert.NotEqual(
            ranked.ReadBallot(JsonNode.Parse("""{"ranking":[["b"],["c"],["a"]]}""")!.AsObject()),
            ranked.ReadBallot(JsonNode.Parse("""{"ranking":[["b","c"],["a"]]}""")!.AsObject()));
        var approval = MethodOf("approval");
        Assert.Equal(
            approval.ReadBallot(JsonNode.Parse("""{"approve":["c","a"]}""")!.AsObject()),
            approval.ReadBallot(JsonNode.Parse("""{"approve":["a","c"]}""")!.AsObject()));
    }

    [Fact]
    public void Apply_BadBallot_IsRefusedNamingThePayloadField()
    {
        var state = OptionsMotion.Open(MethodOf("schulze"), 3);
        Expect.Rule(Rules.BallotInvalid, "payload.ballot.ranking[0][0]", () => state.Casts(2, "e>a"));
        Expect.Rule(Rules.BallotInvalid, "payload.ballot.ranking", () => state.Apply(new(
            state.Seq + 1, state.LastAt + Log.Second, OptionsMotion.Member(2),
            new BallotCast(OptionsMotion.Id, new JsonObject { ["choice"] = "yes" }))));
    }
}
