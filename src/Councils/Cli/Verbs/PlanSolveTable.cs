using System.Globalization;
using System.Text.Json.Nodes;
using Councils.Domain.Planning.InputOutput;

namespace Councils.Cli.Verbs;

/// <summary><c>plan solve TABLE.csv --demand DEMAND.csv</c>: the gross output x = (I − A)⁻¹ f, by LU decomposition.</summary>
internal static class PlanSolveTable
{
    public static async Task<int> RunAsync(CliContext c, string file)
    {
        var demandFile = c.Args.Optional("demand") ?? throw new UsageException("an input-output table needs --demand FILE.csv, the final demand");
        var json = PlanSolveSettings.Format(c);
        c.Args.EnsureAllRead();
        TechnicalCoefficients table;
        using (var reader = new StreamReader(file))
            table = CoefficientsCsv.Read(reader, Path.GetFileName(file));
        double[] demand;
        using (var reader = new StreamReader(demandFile))
            demand = FinalDemandCsv.Read(reader, table, Path.GetFileName(demandFile));
        var gross = table.GrossOutput(demand);
        if (json)
        {
            var output = new JsonObject();
            for (var i = 0; i < table.Size; i++)
                output[table.Sectors[i].Code] = gross[i];
            await c.Out.WriteLineAsync(new JsonObject { ["grossOutput"] = output }.ToJsonString());
        }
        else
        {
            for (var i = 0; i < table.Size; i++)
                await c.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{table.Sectors[i].Code} {gross[i]:R}"));
        }
        return 0;
    }
}
