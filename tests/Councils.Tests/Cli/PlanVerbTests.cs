using System.Text.Json.Nodes;
using Councils.Tests.Support;

namespace Councils.Tests.Cli;

/// <summary><c>councils plan solve</c> on the published LPs: the optimum, and the certificate's figures.</summary>
public sealed class PlanVerbTests
{
    [Theory]
    [InlineData("AFIRO.mps", -464.7531428571)]
    [InlineData("SC50B.mps", -70.0)]
    [InlineData("chvatal_ch2_dictionary_example.mps", -13.0)]
    public async Task PlanSolve_ANetlibCase_PrintsTheOptimumWithinOneMillionth(string file, double optimum)
    {
        var run = await Command.OkAsync("plan", "solve", RefCases.PathOf("lp", file), "--format", "json");

        var json = JsonNode.Parse(run.Out)!.AsObject();
        Assert.Equal("optimal", json["status"]!.GetValue<string>());
        var objective = json["objective"]!.GetValue<double>();
        Assert.True(Math.Abs(objective - optimum) <= 1e-6 * Math.Abs(optimum), $"objective {objective}, optimum {optimum}");
        Assert.True(json["gap"]!.GetValue<double>() <= 1e-8 * (1 + 2 * Math.Abs(optimum)));
        Assert.True(json["iterations"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task PlanSolve_Text_SaysOptimalAndEveryFigure()
    {
        var run = await Command.OkAsync("plan", "solve", RefCases.PathOf("lp", "AFIRO.mps"));

        Assert.Matches("^Optimal: objective -464\\.75314\\d*; primal residual \\S+, dual residual \\S+, gap \\S+; \\d+ iterations, \\d+ restarts, \\d+\\.\\d{3} s\n$", run.Out);
    }

    [Theory]
    [InlineData("/nonexistent/councils/model.mps", "model.mps")]
    [InlineData("BROKEN", "MPS line 2")]
    public async Task PlanSolve_BadInput_ExitsTwoWithOneLine(string file, string says)
    {
        using var folder = new TempFolder();
        if (file == "BROKEN")
        {
            file = folder.File("broken.mps");
            await File.WriteAllTextAsync(file, "NAME broken\nNOSUCHSECTION\nENDATA\n");
        }

        var run = await Command.RunAsync("plan", "solve", file);

        Assert.Equal(2, run.Code);
        Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(says, run.Err, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }
}
