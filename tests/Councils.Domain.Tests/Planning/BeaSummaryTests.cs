using Councils.Domain.Planning.InputOutput;
using Xunit.Abstractions;

namespace Councils.Domain.Tests.Planning;

public sealed class BeaSummaryTests(ITestOutputHelper output)
{
    private const double Published = 2e-5;
    private static readonly Lazy<BeaSummaryAccounts> Accounts = new(() => BeaSummaryReader.ReadFolder(RefCases.PathOf("leontief", "bea1997")));

    private static IReadOnlyList<BeaCell> PublishedCells(string file)
    {
        using var reader = File.OpenText(RefCases.PathOf("leontief", "bea1997", file));
        return BeaSummaryReader.ReadCells(reader, file);
    }

    /// <summary>The largest error over every cell BEA publishes; a cell of ours that BEA does not list must be zero.</summary>
    private static double MaxError(Matrix computed, IReadOnlyList<Sector> rows, IReadOnlyList<Sector> columns, string file)
    {
        var cells = PublishedCells(file);
        var rowIndex = rows.Select((s, i) => (s.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var columnIndex = columns.Select((s, i) => (s.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var listed = new HashSet<(int, int)>();
        var max = 0.0;
        foreach (var cell in cells)
        {
            var ours = 0.0;
            if (rowIndex.TryGetValue(cell.Row, out var i) && columnIndex.TryGetValue(cell.Column, out var j))
            {
                ours = computed[i, j];
                listed.Add((i, j));
            }
            else
            {
                Assert.True(columnIndex.ContainsKey(cell.Column) || cell.Value == 0, $"BEA lists {cell.Row},{cell.Column} = {cell.Value} outside our table.");
                Assert.True(rowIndex.ContainsKey(cell.Row), $"BEA lists the row {cell.Row}, which is not one of our industries.");
            }
            max = Math.Max(max, Math.Abs(ours - cell.Value));
        }
        for (var i = 0; i < computed.Rows; i++)
        {
            for (var j = 0; j < computed.Columns; j++)
            {
                if (!listed.Contains((i, j)))
                    max = Math.Max(max, Math.Abs(computed[i, j]));
            }
        }
        return max;
    }

    [Fact]
    public void Accounts_HaveBeaSizes()
    {
        Assert.Equal(131, Accounts.Value.Industries.Count);
        Assert.Equal(133, Accounts.Value.Commodities.Count);
    }

    [Fact]
    public void IndustryByCommodity_ScrapAdjusted_ReproducesBea()
    {
        var accounts = Accounts.Value;
        var error = MaxError(accounts.IndustryByCommodityTotalRequirements(), accounts.Industries, accounts.Commodities, "IndbyComTRSum.txt");
        output.WriteLine($"industry by commodity, scrap adjusted: max abs error {error:E3}");
        Assert.True(error < Published, $"max abs error {error}");
    }

    [Fact]
    public void IndustryByIndustry_ScrapAdjusted_ReproducesBea()
    {
        var accounts = Accounts.Value;
        var error = MaxError(accounts.IndustryByIndustryTotalRequirements(), accounts.Industries, accounts.Industries, "IndbyIndTRSum.txt");
        output.WriteLine($"industry by industry, scrap adjusted: max abs error {error:E3}");
        Assert.True(error < Published, $"max abs error {error}");
    }

    [Fact]
    public void TotalRequirements_WithoutScrapAdjustment_MissBea()
    {
        var accounts = Accounts.Value;
        var byCommodity = MaxError(accounts.IndustryByCommodityTotalRequirements(ScrapTreatment.Ignored), accounts.Industries, accounts.Commodities, "IndbyComTRSum.txt");
        var byIndustry = MaxError(accounts.IndustryByIndustryTotalRequirements(ScrapTreatment.Ignored), accounts.Industries, accounts.Industries, "IndbyIndTRSum.txt");
        output.WriteLine($"without the scrap adjustment: industry by commodity {byCommodity:E3}, industry by industry {byIndustry:E3}");
        Assert.True(byCommodity > 1e-2, $"max abs error {byCommodity}");
        Assert.True(byIndustry > 1e-2, $"max abs error {byIndustry}");
    }

    [Fact]
    public void IndustryByIndustry_IterativeAndDirect_Agree()
    {
        var table = Accounts.Value.IndustryByIndustry();
        const double tolerance = 1e-9;

        var iterated = table.TotalRequirementsIterative(tolerance);
        var difference = iterated.Value.MaxAbsDifference(table.TotalRequirements());

        output.WriteLine($"power series: {iterated.Iterations} terms, max abs difference from LU {difference:E3}");
        Assert.True(difference < tolerance, $"difference {difference}");
        Assert.InRange(iterated.Iterations, 2, 1000);
    }

    [Fact]
    public void GrossOutput_IterativeAndDirect_Agree()
    {
        var table = Accounts.Value.IndustryByIndustry();
        var demand = Enumerable.Range(0, table.Size).Select(i => 1000.0 + (37 * i % 101)).ToArray();

        var direct = table.GrossOutput(demand);
        var iterated = table.GrossOutputIterative(demand, 1e-8);

        output.WriteLine($"x <- Ax + f: {iterated.Iterations} rounds");
        Assert.Equal(direct, iterated.Value, (a, b) => Math.Abs(a - b) < 1e-6);
    }
}
