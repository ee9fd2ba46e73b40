using System.Globalization;
using Councils.Domain;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Formats;
using Councils.Domain.Counting.Reports;
using Councils.Domain.Counting.Schulze;

namespace Councils.Cli.Verbs;

/// <summary><c>councils count FILE</c>: count an election from a ballot file (BLT, Debian tally sheet, PrefLib).</summary>
internal static class CountVerb
{
    public static readonly Verb Verb = new(
        "count",
        "count FILE --method approval|score|schulze|scottish-stv|meek-stv|irv [--seats N] [--format text|json|csv] [--strength winning|margin|ratio] [--status-quo NAME --threshold 2/3] [--seed N]",
        "count an election from a BLT, Debian tally or PrefLib file, stage by stage",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var file = c.Args.Word(0, "the ballot file");
        var name = c.Args.Required("method");
        var method = CountingMethods.Find(name)
            ?? throw new UsageException($"--method '{name}' is not one of {string.Join(", ", CountingMethods.All.Select(m => m.Name))}");
        var format = Format(c.Args.Optional("format") ?? (c.WantsJson ? "json" : "text"));
        var options = CountOptions.Default with
        {
            Seats = c.Args.OptionalLong("seats") is { } seats ? checked((int)seats) : null,
            Strength = c.Args.Optional("strength") switch
            {
                null or "winning" or "winning-votes" => SchulzeStrength.WinningVotes,
                "margin" or "margins" => SchulzeStrength.Margins,
                "ratio" => SchulzeStrength.Ratio,
                var other => throw new UsageException($"--strength '{other}' is not one of winning, margin, ratio"),
            },
            StatusQuo = c.Args.Optional("status-quo"),
            StatusQuoThreshold = c.Args.Optional("threshold") is { } t ? Fraction.Parse(t) : Fraction.Half,
            TieBreakSeed = c.Args.Optional("seed") is { } seed
                ? ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : throw new UsageException($"--seed must be a whole number, not '{seed}'")
                : 0,
        };
        c.Args.EnsureAllRead();
        var election = BallotFile.Read(file);
        CountResult result;
        try
        {
            result = method.Count(election, options);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(Plain(e));
        }
        new CountReport(result).Write(format, c.Out);
        return 0;
    }

    private static ReportFormat Format(string name)
    {
        try
        {
            return CountReport.ParseFormat(name);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(Plain(e));
        }
    }

    /// <summary>The message without .NET's "(Parameter 'x')" suffix, which means nothing on a command line.</summary>
    private static string Plain(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
}
