using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Counting.Schulze;
using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Methods;

public sealed class OptionsMethodTests
{
    private static readonly string[] Abc = ["a", "b", "c"];

    public static TheoryData<DecisionMethod> Methods() =>
    [
        new ApprovalVote(Abc, 1, 7),
        new ApprovalVote(Abc, 3, 0),
        new ScoreVote(Abc, 5, 2, 42),
        new SchulzeVote(Abc, 9),
        new SchulzeVote(Abc, 9, SchulzeStrength.Margins),
        new SchulzeVote(Abc, 9, SchulzeStrength.Ratio, "c", Fraction.Of(2, 3)),
        new SingleTransferableVote(StvRules.Scottish, ["a", "b", "c", "d"], 2, CanonicalJson.MaxInteger),
        new SingleTransferableVote(StvRules.Meek, ["a", "b", "c", "d"], 3, 1),
        new InstantRunoffVote(Abc, 5),
    ];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Json_RoundTripsThroughTheRecord(DecisionMethod method)
    {
        var bytes = CanonicalJson.Serialize(method.ToJson());
        var read = DecisionMethod.FromJson(CanonicalJson.Parse(bytes)!.AsObject());
        Assert.Equal(method, read);
        Assert.Equal(method.GetHashCode(), read.GetHashCode());
        Assert.Equal(bytes, CanonicalJson.Serialize(read.ToJson()));
    }

    [Theory]
    [InlineData("""{"type":"approval","options":["a","b","c"],"seats":1,"seed":7}""", "approval voting among 3 options for 1 seat")]
    [InlineData("""{"type":"score","options":["a","b"],"max":5,"seats":1,"seed":7}""", "score voting from 0 to 5 among 2 options for 1 seat")]
    [InlineData("""{"type":"schulze","options":["a","b","c"],"strength":"winning","statusQuo":null,"threshold":null,"seed":7}""", "Schulze ranked choice among 3 options by winning votes")]
    [InlineData("""{"type":"schulze","options":["a","b","keep"],"strength":"margin","statusQuo":"keep","threshold":{"num":2,"den":3},"seed":7}""", "Schulze ranked choice among 3 options by margins, status quo 'keep' by 2/3")]
    [InlineData("""{"type":"stv","rules":"scottish","options":["a","b","c","d"],"seats":2,"seed":7}""", "single transferable vote (scottish rules) among 4 options for 2 seats")]
    [InlineData("""{"type":"stv","rules":"meek","options":["a","b","c","d"],"seats":2,"seed":7}""", "single transferable vote (meek rules) among 4 options for 2 seats")]
    [InlineData("""{"type":"irv","options":["a","b","c"],"seed":7}""", "instant-runoff among 3 options")]
    public void FromJson_EachSpec_IsItsMethod(string json, string described) =>
        Assert.Equal(described, DecisionMethod.FromJson(JsonNode.Parse(json)!.AsObject()).ToString());

    [Theory]
    // options
    [InlineData("""{"type":"approval","options":["a"],"seats":1,"seed":7}""", "method.options")]
    [InlineData("""{"type":"approval","options":["a","a"],"seats":1,"seed":7}""", "method.options[1]")]
    [InlineData("""{"type":"approval","options":["a",""],"seats":1,"seed":7}""", "method.options[1]")]
    [InlineData("""{"type":"approval","options":["a","  "],"seats":1,"seed":7}""", "method.options[1]")]
    [InlineData("""{"type":"approval","options":["a",2],"seats":1,"seed":7}""", "method.options[1]")]
    [InlineData("""{"type":"approval","options":"a,b","seats":1,"seed":7}""", "method.options")]
    [InlineData("""{"type":"approval","seats":1,"seed":7}""", "method.options")]
    // seats
    [InlineData("""{"type":"approval","options":["a","b"],"seats":0,"seed":7}""", "method.seats")]
    [InlineData("""{"type":"approval","options":["a","b"],"seats":3,"seed":7}""", "method.seats")]
    [InlineData("""{"type":"stv","rules":"scottish","options":["a","b"],"seed":7}""", "method.seats")]
    [InlineData("""{"type":"irv","options":["a","b"],"seats":1,"seed":7}""", "method.seats")]       // always one
    // the seed: required, a whole number within the record's integers
    [InlineData("""{"type":"approval","options":["a","b"],"seats":1}""", "method.seed")]
    [InlineData("""{"type":"schulze","options":["a","b"],"strength":"winning","statusQuo":null,"threshold":null}""", "method.seed")]
    [InlineData("""{"type":"irv","options":["a","b"],"seed":-1}""", "method.seed")]
    [InlineData("""{"type":"irv","options":["a","b"],"seed":"7"}""", "method.seed")]
    // score
    [InlineData("""{"type":"score","options":["a","b"],"max":0,"seats":1,"seed":7}""", "method.max")]
    [InlineData("""{"type":"score","options":["a","b"],"max":101,"seats":1,"seed":7}""", "method.max")]
    [InlineData("""{"type":"score","options":["a","b"],"seats":1,"seed":7}""", "method.max")]
    // schulze
    [InlineData("""{"type":"schulze","options":["a","b"],"strength":"winning-votes","statusQuo":null,"threshold":null,"seed":7}""", "method.strength")]
    [InlineData("""{"type":"schulze","options":["a","b"],"strength":"winning","threshold":null,"seed":7}""", "method.statusQuo")]
    [InlineData("""{"type":"schulze","options":["a","b"],"strength":"winning","statusQuo":"c","threshold":{"num":1,"den":2},"seed":7}""", "method.statusQuo")]
    [InlineData("""{"type":"schulze","options":["a","b"],"strength":"winning","statusQuo":"a","threshold":null,"seed":7}""", "method.threshold")]
    [InlineData("""{"type":"schulze","options":["a","b"],"strength":"winning","statusQuo":null,"threshold":{"num":1,"den":2},"seed":7}""", "method.threshold")]
    [InlineData("""{"type":"schulze","options":["a","b"],"strength":"winning","statusQuo":"a","threshold":{"num":1,"den":3},"seed":7}""", "method.threshold")]
    [InlineData("""{"type":"schulze","options":["a","b"],"strength":"winning","statusQuo":"a","threshold":{"num":2,"den":4},"seed":7}""", "method.threshold")]
    [InlineData("""{"type":"schulze","options":["a","b"],"strength":"winning","statusQuo":null,"threshold":null,"seed":7,"seats":1}""", "method.seats")]
    // stv
    [InlineData("""{"type":"stv","rules":"irish","options":["a","b"],"seats":1,"seed":7}""", "method.rules")]
    [InlineData("""{"type":"stv","options":["a","b"],"seats":1,"seed":7}""", "method.rules")]
    public void FromJson_BadSpec_IsRefusedNamingTheField(string json, string field) =>
        Expect.Rule(Rules.PayloadInvalid, field, () => DecisionMethod.FromJson(JsonNode.Parse(json)!.AsObject()));

    [Fact]
    public void New_OptionsAtTheLimits_AreAcceptedAndBeyondRefused()
    {
        var many = Enumerable.Range(1, OptionsMethod.MaxOptions).Select(i => $"option {i}").ToList();
        Assert.Equal(64, new ApprovalVote(many, 1, 0).Options.Length);
        Expect.Rule(Rules.PayloadInvalid, "options", () => new ApprovalVote([.. many, "one more"], 1, 0));
        Assert.Equal(200, new ApprovalVote([new string('x', 200), "b"], 1, 0).Options[0].Length);
        Expect.Rule(Rules.PayloadInvalid, "options[0]", () => new ApprovalVote([new string('x', 201), "b"], 1, 0));
        Expect.Rule(Rules.PayloadInvalid, "seed", () => new InstantRunoffVote(Abc, CanonicalJson.MaxInteger + 1));
    }

    [Fact]
    public void Equals_OtherOptionsOrSeedOrKind_AreOtherMethods()
    {
        Assert.Equal(new ApprovalVote(Abc, 1, 7), new ApprovalVote(["a", "b", "c"], 1, 7));
        Assert.NotEqual(new ApprovalVote(Abc, 1, 7), new ApprovalVote(Abc, 1, 8));
        Assert.NotEqual(new ApprovalVote(Abc, 1, 7), new ApprovalVote(["a", "c", "b"], 1, 7));
        Assert.NotEqual<DecisionMethod>(new SchulzeVote(Abc, 7), new InstantRunoffVote(Abc, 7));
    }

    [Theory]
    [InlineData("method")]
    [InlineData("amendmentMethod")]
    public void Charter_MethodThatChoosesAmongOptions_IsRefused(string key)
    {
        var json = Charter.For(BodyKind.WorkplaceCommittee).ToJson();
        json[key] = new SchulzeVote(Abc, 7).ToJson();
        Expect.Rule(Rules.PayloadInvalid, $"charter.{key}", () => Charter.FromJson(json));
        Expect.Rule(Rules.PayloadInvalid, () => Charter.For(BodyKind.WorkplaceCommittee) with { AmendmentMethod = new ApprovalVote(Abc, 1, 7) });
    }

    [Fact]
    public void Open_MotionWithAnEffect_IsDecidedYesOrNo()
    {
        var effect = new AdmitMember(People.Ivan, "Ivan");
        Expect.Rule(Rules.PayloadInvalid, "payload.method", () => Log.Founded().Opens("Ana", new ApprovalVote(Abc, 1, 7), effect));
        // A charter amendment is decided by the charter's amendment method whatever it names.
        var amend = new AmendCharter(Charter.For(BodyKind.WorkplaceCommittee) with { OpenForSeconds = 3600 });
        Assert.Equal(QualifiedMajority.TwoThirdsOfVotesCast, Log.Founded().Opens("Ana", new ApprovalVote(Abc, 1, 7), amend).Motions[new MotionId(1)].Method);
    }

    [Fact]
    public void Open_MotionWithOptions_KeepsItsSeedInTheRecord()
    {
        var method = new SchulzeVote(Abc, 123_456_789);
        var opened = new MotionOpened("Choose a supplier", "", method);
        var (kind, payload) = EventCodec.Encode(opened);
        Assert.Equal(123_456_789, payload["method"]!["seed"]!.GetValue<long>());
        var read = (MotionOpened)EventCodec.Decode(kind, CanonicalJson.Parse(CanonicalJson.Serialize(payload))!.AsObject());
        Assert.Equal(method, read.Method);
    }
}
