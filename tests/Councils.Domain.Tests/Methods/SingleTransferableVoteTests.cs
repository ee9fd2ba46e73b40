using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Formats;
using Councils.Domain.Counting.Reports;
using Councils.Domain.Methods;

namespace Councils.Domain.Tests.Methods;

public sealed class SingleTransferableVoteTests
{
    private static readonly string[] Options = ["Ana", "Boris", "Clara", "Dmitri", "Elena", "Fyodor"];

    public static TheoryData<string, int, int> Counts()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var seed in new[] { 1, 2, 3, 4, 5 })
        {
            data.Add("scottish-stv", 3, seed);
            data.Add("meek-stv", 3, seed);
            data.Add("irv", 1, seed);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void Decide_CountEqualsCountingTheSameBallotsAsABltElection(string counting, int seats, int seed)
    {
        var ballots = RandomBallots(new Random(seed), 60);
        DecisionMethod method = counting switch
        {
            "scottish-stv" => new SingleTransferableVote(StvRules.Scottish, Options, seats, seed),
            "meek-stv" => new SingleTransferableVote(StvRules.Meek, Options, seats, seed),
            _ => new InstantRunoffVote(Options, seed),
        };

        var count = OptionsMotion.Open(method, ballots.Count).CastAll(ballots).Decided();

        var election = BltReader.Read(new StringReader(Blt(ballots, seats)));
        var result = CountingMethods.Find(counting)!.Count(election, new CountOptions { TieBreakSeed = (ulong)seed });
        var expected = new CountReport(result).ToRecord();
        Assert.True(JsonNode.DeepEquals(expected, count.Report), $"The motion's count differs from the BLT count:\n{count.Report}\n{expected}");
        Assert.Equal(result.Winners, count.Winners);
        Assert.Equal(Outcome.Carried, count.Outcome);
    }

    /// <summary>Rankings in the notation of <see cref="OptionsMotion"/>: 1 to 6 options, a few with an equal preference, a few blank.</summary>
    private static List<string> RandomBallots(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ =>
        {
            var order = Options.OrderBy(_ => random.Next()).Take(random.Next(0, Options.Length + 1)).ToList();
            if (order.Count >= 3 && random.Next(8) == 0)
                return $"{string.Join('>', order.Take(1))}>{order[1]}={order[2]}";
            return string.Join('>', order);
        })];

    /// <summary>The same ballots written by hand as a BLT file: "=" joins equal preferences.</summary>
    private static string Blt(List<string> ballots, int seats)
    {
        var blt = new StringBuilder();
        blt.Append(CultureInfo.InvariantCulture, $"{Options.Length} {seats}\n");
        foreach (var ballot in ballots)
        {
            var groups = ballot.Length == 0 ? [] : ballot.Split('>');
            var marks = groups.Select(g => string.Join('=', g.Split('=').Select(o => (Array.IndexOf(Options, o) + 1).ToString(CultureInfo.InvariantCulture))));
            blt.Append("1 ").Append(string.Join(' ', marks)).Append(groups.Length == 0 ? "0\n" : " 0\n");
        }
        blt.Append("0\n");
        foreach (var option in Options)
            blt.Append('"').Append(option).Append("\"\n");
        return blt.Append("\"Delegates to the district federation\"\n").ToString();
    }
}
