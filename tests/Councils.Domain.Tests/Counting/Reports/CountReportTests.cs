using System.Text.Json;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Formats;
using Councils.Domain.Counting.Reports;
using Councils.Domain.Counting.Schulze;
using Councils.Domain.Counting.Stv;

namespace Councils.Domain.Tests.Counting.Reports;

public sealed class CountReportTests
{
    private static CountResult Calton() =>
        new ScottishStv().Count(BltReader.ReadFile(RefCases.PathOf("stv", "scottish", "Calton-2007.blt")), CountOptions.Default);

    [Fact]
    public void Json_StvCount_HasTheAgreedFields()
    {
        using var doc = JsonDocument.Parse(new CountReport(Calton()).ToString(ReportFormat.Json));
        var root = doc.RootElement;

        Assert.Equal("scottish-stv", root.GetProperty("method").GetString());
        Assert.Equal(3, root.GetProperty("seats").GetInt32());
        Assert.Equal(["George Redmond", "Alison E Thewliss", "Ruth Simpson"], root.GetProperty("winners").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, root.GetProperty("ties").GetArrayLength());
        var stages = root.GetProperty("stages");
        Assert.Equal(10, stages.GetArrayLength());
        Assert.Equal("surplus", stages[1].GetProperty("action").GetString());
        Assert.Equal("George Redmond", stages[1].GetProperty("subject").GetString());
        Assert.Equal("130.40863", stages[1].GetProperty("votes")[0].GetRawText());
        Assert.Equal("0.01362", stages[1].GetProperty("lossToTruncation").GetRawText());
    }

    [Fact]
    public void Json_SchulzeCount_HasMatricesAndTies()
    {
        var example = Schulze.SchulzeExample.All.Single(e => e.Id == "schulze-ex4-tie");
        using var doc = JsonDocument.Parse(new CountReport(new SchulzeMethod().Count(example.Election, CountOptions.Default)).ToString(ReportFormat.Json));
        var root = doc.RootElement;

        Assert.Equal("schulze", root.GetProperty("method").GetString());
        Assert.Equal(["B", "D"], root.GetProperty("ties")[0].EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(7, root.GetProperty("matrices").GetProperty("strongestPaths")[1][2].GetInt64());
        Assert.False(root.TryGetProperty("stages", out _));
    }

    [Fact]
    public void Csv_StvCount_HasOneRowPerStageAfterTheHeader()
    {
        var result = Calton();
        var lines = new CountReport(result).ToString(ReportFormat.Csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(result.Stages.Count + 1, lines.Length);
        Assert.StartsWith("stage,action,subject,Gary Barton,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2,surplus,George Redmond,130.40863,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_StvCount_ReadsStageByStage()
    {
        var text = new CountReport(Calton()).ToString();

        Assert.Contains("Stage 2: surplus of George Redmond", text, StringComparison.Ordinal);
        Assert.Contains("Stage 3: exclusion of Gary Barton", text, StringComparison.Ordinal);
        Assert.Contains("Winners: George Redmond, Alison E Thewliss, Ruth Simpson", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", ReportFormat.Json)]
    [InlineData("CSV", ReportFormat.Csv)]
    [InlineData("text", ReportFormat.Text)]
    public void ParseFormat_KnownName_IsRead(string name, ReportFormat format) => Assert.Equal(format, CountReport.ParseFormat(name));

    [Fact]
    public void ParseFormat_UnknownName_IsRefused() => Assert.Throws<ArgumentException>(() => CountReport.ParseFormat("xml"));
}
