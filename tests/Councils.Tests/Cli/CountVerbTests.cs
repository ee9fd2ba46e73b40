using System.Globalization;
using System.Text;
using System.Text.Json;
using Councils.Cli;
using Councils.Domain.Counting.Formats;

namespace Councils.Tests.Cli;

/// <summary>
/// <c>councils count</c> run in-process on every reference file of a kind it reads (BLT, Debian
/// tally sheets, PrefLib), holdout included, and on bad input.
/// </summary>
public sealed class CountVerbTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("councils-count-tests-").FullName;

    /// <summary>The kind of ballot file, or null for files the CLI does not count (MPS, CSV, Schulze's examples, reports).</summary>
    private static string? Kind(string relative)
    {
        var path = RefCases.PathOf(relative);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".blt" => "blt",
            ".soc" or ".soi" or ".toc" or ".tol" => "preflib",
            ".txt" when File.ReadLines(path, Encoding.Latin1).Any(l => l.StartsWith("V:", StringComparison.Ordinal)) => "debian",
            _ => null,
        };
    }

    /// <summary>Every method that counts the ballots of a kind. Instant-runoff fills one seat, so it is run without --seats.</summary>
    private static string[] Methods(string kind) => kind switch
    {
        "blt" => ["scottish-stv", "meek-stv", "irv", "schulze", "approval"],
        "debian" => ["schulze", "approval"],
        _ => ["schulze", "irv", "approval"],
    };

    public static TheoryData<string, string> SupportedFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in RefCases.AllFiles())
        {
            if (Kind(file) is { } kind)
            {
                foreach (var method in Methods(kind))
                    data.Add(file, method);
            }
        }
        return data;
    }

    public static TheoryData<string, string, long, string> GlasgowWards()
    {
        var data = new TheoryData<string, string, long, string>();
        foreach (var line in File.ReadLines(RefCases.PathOf("stv", "scottish", "expected_results.csv")).Skip(1))
        {
            // ward_file,ward_title,seats,candidates,valid_ballots,quota,elected (names joined by "; "),...
            var fields = CsvFields(line);
            data.Add(fields[0], fields[6], long.Parse(fields[4], CultureInfo.InvariantCulture), fields[5]);
        }
        return data;
    }

    private static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }

    [Fact]
    public void RefCases_SupportedFiles_AreAllThere()
    {
        var kinds = RefCases.AllFiles().Select(Kind).Where(k => k is not null).GroupBy(k => k!).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(24, kinds.GetValueOrDefault("blt"));
        Assert.Equal(3, kinds.GetValueOrDefault("debian"));
        Assert.Equal(0, kinds.GetValueOrDefault("preflib"));
    }

    [Theory]
    [MemberData(nameof(SupportedFiles))]
    public async Task Count_SupportedRefcaseFile_ExitsZeroWithTheAgreedJson(string file, string method)
    {
        var election = BallotFile.Read(RefCases.PathOf(file));

        var (exit, output, error) = await RunAsync("count", RefCases.PathOf(file), "--method", method, "--format", "json");

        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var seats = method == "irv" ? 1 : election.Seats;
        Assert.Equal(method, root.GetProperty("method").GetString());
        Assert.Equal(seats, root.GetProperty("seats").GetInt32());
        var winners = root.GetProperty("winners").EnumerateArray().Select(w => w.GetString()).ToList();
        Assert.Equal(Math.Min(seats, election.Candidates.Count(c => !c.IsWithdrawn)), winners.Count);
        Assert.Equal(winners.Count, winners.Distinct().Count());
        Assert.All(root.GetProperty("ties").EnumerateArray(), tie => Assert.True(tie.GetArrayLength() > 1));
        if (method == "schulze")
            Assert.Equal(JsonValueKind.Object, root.GetProperty("matrices").ValueKind);
        else
            Assert.NotEqual(0, root.GetProperty("stages").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(SupportedFiles))]
    public async Task Count_SupportedRefcaseFileAsCsv_HasOneRowPerStage(string file, string method)
    {
        var result = await RunAsync("count", RefCases.PathOf(file), "--method", method, "--format", "json");
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        var rows = method == "schulze"
            ? root.GetProperty("matrices").GetProperty("options").GetArrayLength()
            : root.GetProperty("stages").GetArrayLength();

        var (exit, csv, error) = await RunAsync("count", RefCases.PathOf(file), "--method", method, "--format", "csv");

        Assert.True(exit == 0, $"exit {exit}: {error}");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(rows + 1, lines.Length);
        Assert.StartsWith(method == "schulze" ? "option," : "stage,", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(GlasgowWards))]
    public async Task Count_GlasgowWard_ElectsThePublishedWinners(string ward, string elected, long validBallots, string quota)
    {
        var (exit, output, error) = await RunAsync("count", RefCases.PathOf("stv", "scottish", ward), "--method", "scottish-stv", "--format", "json");

        Assert.True(exit == 0, $"exit {exit}: {error}");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(
            elected.Split("; ").Order(StringComparer.Ordinal),
            root.GetProperty("winners").EnumerateArray().Select(w => w.GetString()!.Trim()).Order(StringComparer.Ordinal));
        Assert.Equal(validBallots, root.GetProperty("validBallots").GetInt64());
        Assert.Equal(decimal.Parse(quota, CultureInfo.InvariantCulture), root.GetProperty("quota").GetDecimal());
    }

    public static TheoryData<string, string[]> BadInputs() => new()
    {
        { "missing file", ["count", "{temp}/no-such-file.blt", "--method", "scottish-stv"] },
        { "missing folder", ["count", "{temp}/no-such-folder/ward.blt", "--method", "scottish-stv"] },
        { "malformed BLT", ["count", "{temp}/malformed.blt", "--method", "scottish-stv"] },
        { "empty file", ["count", "{temp}/empty.blt", "--method", "scottish-stv"] },
        { "not a ballot file", ["count", "{refcases}/condorcet/schulze_paper_examples.txt", "--method", "schulze"] },
        { "unknown method", ["count", "{refcases}/stv/scottish/Calton-2007.blt", "--method", "borda"] },
        { "no method", ["count", "{refcases}/stv/scottish/Calton-2007.blt"] },
        { "unknown format", ["count", "{refcases}/stv/scottish/Calton-2007.blt", "--method", "scottish-stv", "--format", "xml"] },
        { "instant-runoff for three seats", ["count", "{refcases}/stv/scottish/Calton-2007.blt", "--method", "irv", "--seats", "3"] },
        { "seats not a number", ["count", "{refcases}/stv/scottish/Calton-2007.blt", "--method", "scottish-stv", "--seats", "three"] },
        { "no file", ["count", "--method", "scottish-stv"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Count_BadInput_ExitsTwoWithOneLineOnStandardError(string why, string[] args)
    {
        await File.WriteAllTextAsync(Path.Combine(_temp, "malformed.blt"), "3 2\n1 1 2 x 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"Title\"\n");
        await File.WriteAllTextAsync(Path.Combine(_temp, "empty.blt"), "");
        var words = args.Select(a => a.Replace("{temp}", _temp, StringComparison.Ordinal).Replace("{refcases}", RefCases.Folder, StringComparison.Ordinal)).ToArray();

        var (exit, output, error) = await RunAsync(words);

        Assert.True(exit == 2, $"{why}: exit {exit}, stderr: {error}");
        Assert.Equal("", output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("councils: ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Count_MalformedBlt_NamesTheLine()
    {
        var path = Path.Combine(_temp, "malformed.blt");
        await File.WriteAllTextAsync(path, "3 2\n1 1 2 0\n1 1 4 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"Title\"\n");

        var (exit, _, error) = await RunAsync("count", path, "--method", "scottish-stv");

        Assert.Equal(2, exit);
        Assert.Contains("line 3", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await CommandLine.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
