using System.Text.Json.Nodes;
using Councils.Tests.Support;

namespace Councils.Tests.Cli;

/// <summary><c>councils plan generate</c>, <c>plan solve --out</c> and <c>plan verify</c> together, and verify on tampered and broken files.</summary>
public sealed class PlanVerifyVerbTests
{
    [Fact]
    public async Task GenerateSolveVerify_ASmallEconomy_VerifiesWithExitZero()
    {
        using var folder = new TempFolder();
        var problem = folder.File("economy.json");
        var plan = folder.File("plan.json");

        var generated = await Command.OkAsync("plan", "generate", "--products", "200", "--seed", "5", "--out", problem);
        var solved = await Command.OkAsync("plan", "solve", problem, "--tolerance", "1e-6", "--out", plan);
        var verified = await Command.OkAsync("plan", "verify", plan);

        Assert.StartsWith("Generated 200 products, 3 resources, 400 techniques, 20 needs", generated.Out, StringComparison.Ordinal);
        Assert.Matches("^Certified: objective \\S+ after repair \\(solver \\S+\\); bound \\S+, certified gap \\S+, max shortfall 0; ", solved.Out);
        Assert.Matches("^Holds: objective \\S+, bound \\S+, gap \\S+; max shortfall 0 \\(residual 0\\.000E\\+000\\), max bound excess 0; tightest balance \\S+ \\(slack \\S+\\)\n$", verified.Out);
    }

    [Fact]
    public async Task Solve_AGapTarget_StopsOnceTheRepairedPlanIsCertifiedWithinIt()
    {
        using var folder = new TempFolder();
        var problem = folder.File("economy.json");
        await Command.OkAsync("plan", "generate", "--products", "300", "--seed", "7", "--out", problem);

        var solved = await Command.OkAsync("plan", "solve", problem, "--gap", "0.01", "--tolerance", "1e-9", "--format", "json");
        var refused = await Command.RunAsync("plan", "solve", RefCases.PathOf("lp", "AFIRO.mps"), "--gap", "0.01");

        var json = JsonNode.Parse(solved.Out)!;
        Assert.Equal("certified", json["status"]!.GetValue<string>());
        Assert.InRange(json["certifiedGap"]!.GetValue<double>(), 0, 0.01);
        Assert.Equal(0, json["maxShortfall"]!.GetValue<double>());
        Assert.Equal(2, refused.Code);
        Assert.Contains("--gap", refused.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("polish", "no", "maybe", "--polish is yes or no, not 'maybe'")]
    [InlineData("cuts", "0", "101", "--cuts is between 0 and 100, not 101")]
    public async Task Solve_ARepairOption_StillCertifiesAndABadValueOrAnMpsFileIsRefused(string option, string off, string bad, string refusal)
    {
        using var folder = new TempFolder();
        var problem = folder.File("economy.json");
        await Command.OkAsync("plan", "generate", "--products", "300", "--seed", "7", "--out", problem);

        var solved = await Command.OkAsync("plan", "solve", problem, "--gap", "0.01", "--tolerance", "1e-9", $"--{option}", off, "--format", "json");
        var badValue = await Command.RunAsync("plan", "solve", problem, $"--{option}", bad);
        var onMps = await Command.RunAsync("plan", "solve", RefCases.PathOf("lp", "AFIRO.mps"), $"--{option}", off);

        Assert.InRange(JsonNode.Parse(solved.Out)!["certifiedGap"]!.GetValue<double>(), 0, 0.01);
        Assert.Equal(2, badValue.Code);
        Assert.Contains(refusal, badValue.Err, StringComparison.Ordinal);
        Assert.Equal(2, onMps.Code);
        Assert.Contains($"--{option}", onMps.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ATamperedPlan_ExitsOneNamingEachFailure()
    {
        using var folder = new TempFolder();
        var plan = await SolvedAsync(folder);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(plan))!;
        var capacity = json["techniques"]![3]!["capacity"]!.GetValue<double>();
        json["plan"]!["activity"]![3] = capacity + 5;
        json["certificate"]!["objective"] = json["certificate"]!["objective"]!.GetValue<double>() + 1;
        await File.WriteAllTextAsync(plan, json.ToJsonString());

        var run = await Command.RunAsync("plan", "verify", plan);

        Assert.Equal(1, run.Code);
        Assert.StartsWith("DOES NOT HOLD: ", run.OutLines[0], StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.StartsWith("plan.activity[3]: ", StringComparison.Ordinal) && l.Contains("above its capacity", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("certificate.objective: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_Json_ListsTheFailures()
    {
        using var folder = new TempFolder();
        var plan = await SolvedAsync(folder);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(plan))!;
        json["plan"]!["prices"]!.AsArray().RemoveAt(0);
        await File.WriteAllTextAsync(plan, json.ToJsonString());

        var run = await Command.RunAsync("plan", "verify", plan, "--format", "json");

        Assert.Equal(1, run.Code);
        var report = JsonNode.Parse(run.Out)!;
        Assert.False(report["holds"]!.GetValue<bool>());
        Assert.Equal("plan.prices", report["failures"]![0]!["item"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\n  \"format\": \"councils-plan-1\",\n  \"goods\": [,]\n}", "line 3")]
    [InlineData("{\"format\": \"councils-plan-1\", \"goods\": [{\"code\": \"a\", \"kind\": \"gold\"}]}", "goods[0].kind")]
    public async Task Verify_BadJson_ExitsTwoWithOneLine(string text, string says)
    {
        using var folder = new TempFolder();
        var file = folder.File("bad.json");
        await File.WriteAllTextAsync(file, text);

        foreach (var verb in new[] { "verify", "solve" })
        {
            var run = await Command.RunAsync("plan", verb, file);

            Assert.Equal(2, run.Code);
            Assert.Single(run.ErrLines);
            Assert.Contains(says, run.Err, StringComparison.Ordinal);
            Assert.Contains("bad.json", run.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Verify_AProblemWithoutAPlan_ExitsOne()
    {
        using var folder = new TempFolder();
        var problem = folder.File("economy.json");
        await Command.OkAsync("plan", "generate", "--products", "20", "--out", problem);

        var run = await Command.RunAsync("plan", "verify", problem);

        Assert.Equal(1, run.Code);
        Assert.Contains("plan: ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_Mps_WritesALinearProgramThatSolves()
    {
        using var folder = new TempFolder();
        var mps = folder.File("economy.mps");
        await Command.OkAsync("plan", "generate", "--products", "30", "--format", "mps", "--out", mps);

        var run = await Command.OkAsync("plan", "solve", mps, "--free", "--tolerance", "1e-6", "--format", "json");

        Assert.Equal("optimal", JsonNode.Parse(run.Out)!["status"]!.GetValue<string>());
    }

    private static async Task<string> SolvedAsync(TempFolder folder)
    {
        var problem = folder.File("economy.json");
        var plan = folder.File("plan.json");
        await Command.OkAsync("plan", "generate", "--products", "60", "--seed", "2", "--out", problem);
        await Command.OkAsync("plan", "solve", problem, "--out", plan, "--format", "json");
        await Command.OkAsync("plan", "verify", plan);
        return plan;
    }
}
