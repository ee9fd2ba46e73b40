using System.Globalization;
using System.Text.Json.Nodes;
using Councils.Domain.Planning.Economy;

namespace Councils.Cli.Verbs;

/// <summary><c>councils plan verify PLAN.json</c>: recheck a plan and its certificate from the problem alone.</summary>
internal static class PlanVerifyVerb
{
    public static readonly Verb Verb = new(
        "plan verify",
        "plan verify PLAN.json [--format text|json]",
        "recheck a plan file: bounds, every material balance, the objective, the bound from its prices and the gap; exit 1 with one line per failure",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var file = c.Args.Word(0, "the plan file");
        var json = PlanSolveSettings.Format(c);
        c.Args.EnsureAllRead();
        var report = PlanVerifier.Verify(PlanFileReader.Read(file));
        var f = report.Figures;
        if (json)
        {
            await c.Out.WriteLineAsync(new JsonObject
            {
                ["holds"] = report.Holds,
                ["objective"] = f is null ? null : f.Objective,
                ["bound"] = f is null ? null : PlanSolveSettings.Number(f.Bound),
                ["gap"] = f is null ? null : PlanSolveSettings.Number(f.Gap),
                ["maxShortfall"] = f?.MaxShortfall,
                ["shortfallNorm"] = f?.ShortfallNorm,
                ["maxBoundExcess"] = f?.MaxBoundExcess,
                ["worstGood"] = f?.WorstGood,
                ["worstSlack"] = f is null ? null : PlanSolveSettings.Number(f.WorstSlack),
                ["failures"] = new JsonArray([.. report.Failures.Select(x => new JsonObject
                {
                    ["item"] = x.Item,
                    ["message"] = x.Message,
                    ["amount"] = PlanSolveSettings.Number(x.Amount),
                })]),
            }.ToJsonString());
            return report.Holds ? 0 : 1;
        }
        if (f is not null)
        {
            await c.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{(report.Holds ? "Holds" : "DOES NOT HOLD")}: objective {f.Objective:R}, bound {f.Bound:R}, gap {f.Gap:E3}; max shortfall {f.MaxShortfall:R} (residual {f.ShortfallNorm:E3}), max bound excess {f.MaxBoundExcess:R}; tightest balance {f.WorstGood} (slack {f.WorstSlack:R})"));
        }
        else
        {
            await c.Out.WriteLineAsync("DOES NOT HOLD: the plan does not fit its problem");
        }
        foreach (var failure in report.Failures)
            await c.Out.WriteLineAsync($"{failure.Item}: {failure.Message}");
        return report.Holds ? 0 : 1;
    }
}
