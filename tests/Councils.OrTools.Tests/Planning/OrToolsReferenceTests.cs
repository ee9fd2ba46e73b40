using Councils.Bench.Planning;
using Councils.Domain.Planning.Lp;
using Xunit.Abstractions;

namespace Councils.OrTools.Tests.Planning;

/// <summary>
/// Our PDHG engine against Google OR-Tools: GLOP must reproduce the published Netlib optima to
/// 1e-8 relative, which makes it a fair reference; then our engine must agree with it to 1e-6.
/// </summary>
public sealed class OrToolsReferenceTests(ITestOutputHelper output)
{
    public static TheoryData<string, double> NetlibCases => new()
    {
        { "AFIRO.mps", -464.7531428571 },
        { "SC50A.mps", -64.575077059 },
        { "SC50B.mps", -70.0 },
        { "ADLITTLE.mps", 225494.96316 },
        { "BLEND.mps", -30.812149846 },
        { "chvatal_ch2_dictionary_example.mps", -13.0 },
    };

    [Theory]
    [MemberData(nameof(NetlibCases))]
    public void Glop_NetlibCase_ReachesThePublishedOptimumAndAgreesWithPdhg(string file, double optimum)
    {
        var lp = Netlib(file);

        var glop = OrToolsReference.Solve(lp, OrToolsSolver.GlopDual);
        var ours = PdhgSolver.Solve(lp);

        var glopError = Relative(glop.Objective, optimum);
        var oursError = Relative(ours.Objective, glop.Objective);
        output.WriteLine($"{file}: GLOP {glop.Status} {glop.Objective:R} ({glop.Iterations} iterations, error {glopError:E2}); PDHG {ours.Status} {ours.Objective:R} ({ours.Iterations} iterations, off GLOP by {oursError:E2})");
        Assert.True(glop.IsOptimal, glop.Status);
        Assert.True(glopError <= 1e-8, $"GLOP is off the published optimum by {glopError:E2}");
        Assert.Equal(PdhgStatus.Optimal, ours.Status);
        Assert.True(oursError <= 1e-6, $"PDHG is off GLOP by {oursError:E2}");
    }

    [Theory]
    [MemberData(nameof(NetlibCases))]
    public void GlopPrimal_NetlibCase_ReachesThePublishedOptimum(string file, double optimum)
    {
        var lp = Netlib(file);

        var primal = OrToolsReference.Solve(lp, OrToolsSolver.GlopPrimal);

        output.WriteLine($"{file}: GLOP primal simplex {primal.Status} {primal.Objective:R} in {primal.Iterations} iterations");
        Assert.True(primal.IsOptimal, primal.Status);
        Assert.True(Relative(primal.Objective, optimum) <= 1e-8, $"primal simplex gave {primal.Objective:R}");
    }

    [Theory]
    [MemberData(nameof(NetlibCases))]
    public void Pdlp_NetlibCase_AgreesWithThePublishedOptimum(string file, double optimum)
    {
        var lp = Netlib(file);

        var pdlp = OrToolsReference.Solve(lp, OrToolsSolver.Pdlp, tolerance: 1e-8, threads: 2);

        var error = Relative(pdlp.Objective, optimum);
        output.WriteLine($"{file}: PDLP {pdlp.Status} {pdlp.Objective:R} in {pdlp.Iterations} iterations, error {error:E2}");
        Assert.True(pdlp.IsOptimal, pdlp.Status);
        Assert.True(error <= 1e-6, $"PDLP is off the published optimum by {error:E2}");
    }

    [Fact]
    public void Pdhg_SeededRandomLp_AgreesWithGlop()
    {
        const int Seed = 20261127;
        var lp = RandomLp.Generate(rows: 300, columns: 600, perColumn: 6, seed: Seed);

        var glop = OrToolsReference.Solve(lp, OrToolsSolver.GlopDual);
        var ours = PdhgSolver.Solve(lp);

        var error = Relative(ours.Objective, glop.Objective);
        output.WriteLine($"random LP 300×600 seed {Seed}: GLOP {glop.Objective:R} ({glop.Iterations} iterations), PDHG {ours.Status} {ours.Objective:R} ({ours.Iterations} iterations), off by {error:E2}");
        Assert.True(glop.IsOptimal, glop.Status);
        Assert.Equal(PdhgStatus.Optimal, ours.Status);
        Assert.True(error <= 1e-6, $"PDHG is off GLOP by {error:E2}");
    }

    private static double Relative(double value, double reference) => Math.Abs(value - reference) / Math.Max(1, Math.Abs(reference));

    private static LinearProgram Netlib(string file)
    {
        using var reader = new StreamReader(RefCases.PathOf("lp", file));
        return MpsReader.Read(reader, MpsFormat.Fixed);
    }
}
