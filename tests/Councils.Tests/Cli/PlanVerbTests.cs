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

    [Fact]
    public async Task PlanSolve_AnInfeasibleProgram_ExitsThreeWithTheEvidence()
    {
        using var folder = new TempFolder();
        var file = folder.File("infeasible.mps");
        // x + y ≤ −1 with x, y ≥ 0: no point meets it; y = −1 on the row is the Farkas proof.
        await File.WriteAllTextAsync(file, "NAME infeasible\nROWS\n N COST\n L R1\nCOLUMNS\n X COST 1 R1 1\n Y COST 1 R1 1\nRHS\n RHS R1 -1\nENDATA\n");

        var text = await Command.RunAsync("plan", "solve", file, "--free", "--time-limit", "20");
        var json = await Command.RunAsync("plan", "solve", file, "--free", "--format", "json", "--time-limit", "20");

        Assert.Equal(3, text.Code);
        Assert.StartsWith("INFEASIBLE: no point meets every bound; the dual ray", text.Out, StringComparison.Ordinal);
        Assert.Equal(3, json.Code);
        var result = JsonNode.Parse(json.Out)!;
        Assert.Equal("primal-infeasible", result["status"]!.GetValue<string>());
        Assert.True(result["dualRay"]![0]!.GetValue<double>() < 0);
    }

    [Theory]
    [InlineData("350", "1700", 1000.0, 2000.0)]
    [InlineData("600", "1500", 1247.524752475, 1841.584158416)]
    public async Task PlanSolve_AnInputOutputTableWithADemand_PrintsMillerAndBlairsGrossOutput(string agriculture, string manufacturing, double x1, double x2)
    {
        using var folder = new TempFolder();
        var table = folder.File("table.csv");
        var demand = folder.File("demand.csv");
        await File.WriteAllTextAsync(table, "sector,agriculture,manufacturing\nagriculture,0.15,0.25\nmanufacturing,0.20,0.05\n");
        await File.WriteAllTextAsync(demand, $"sector,demand\nagriculture,{agriculture}\nmanufacturing,{manufacturing}\n");

        var run = await Command.OkAsync("plan", "solve", table, "--demand", demand, "--format", "json");

        var gross = JsonNode.Parse(run.Out)!["grossOutput"]!;
        Assert.Equal(x1, gross["agriculture"]!.GetValue<double>(), 1e-6);
        Assert.Equal(x2, gross["manufacturing"]!.GetValue<double>(), 1e-6);
    }

    [Fact]
    public async Task PlanSolve_ADemandNamingNoSector_ExitsTwoNamingTheLine()
    {
        using var folder = new TempFolder();
        var table = folder.File("table.csv");
        var demand = folder.File("demand.csv");
        await File.WriteAllTextAsync(table, "sector,a,b\na,0.1,0.2\nb,0.3,0.1\n");
        await File.WriteAllTextAsync(demand, "sector,demand\na,1\nc,2\n");

        var run = await Command.RunAsync("plan", "solve", table, "--demand", demand);

        Assert.Equal(2, run.Code);
        Assert.Contains("demand.csv line 3", run.Err, StringComparison.Ordinal);
    }
}
