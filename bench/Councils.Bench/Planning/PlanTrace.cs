using System.Diagnostics;
using System.Globalization;
using System.Text;
using Councils.Domain.Planning.Economy;
using Councils.Domain.Planning.Lp;

namespace Councils.Bench.Planning;

/// <summary>
/// Where a plan's PDHG run stood at each restart, kept to write as a tab-separated file (gap against time) and to
/// find when the relative figures first fell below a threshold. Restarts are the only points the solver reports,
/// so a crossing is known to within one restart; the end of the run is added as a last point (see <see cref="End"/>).
/// With <paramref name="live"/>, each restart and certificate is also printed to stderr as it comes, to watch long runs.
/// </summary>
internal sealed class PlanTrace(bool live = false)
{
    private readonly List<PdhgProgress> points = [];
    private readonly List<(double Seconds, double Gap)> certified = [];
    private PdhgProgress? end;
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public void Record(PdhgProgress progress)
    {
        points.Add(progress);
        if (live)
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"restart {progress.Restarts} at {progress.Elapsed.TotalSeconds:F1} s: iteration {progress.Iteration}, rel. primal {progress.RelativePrimalResidual:0.0E+0}, dual {progress.RelativeDualResidual:0.0E+0}, gap {progress.RelativeGap:0.0E+0}"));
    }

    /// <summary>The certificate of the plan repaired at the latest restart (asked only when the solve has a gap target).</summary>
    public void Certified(PlanCertificate certificate)
    {
        certified.Add((points.Count > 0 ? points[^1].Elapsed.TotalSeconds : 0, certificate.Gap));
        if (live)
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  certified {certificate.Gap:0.000E+0} at {clock.Elapsed.TotalSeconds:F1} s: objective {certificate.Objective:G8}, bound {certificate.Bound:G8}"));
    }

    /// <summary>Seconds at the first restart whose repaired plan was certified within <paramref name="threshold"/>; NaN if none was.</summary>
    public double FirstCertified(double threshold) =>
        certified.FirstOrDefault(c => c.Gap <= threshold, (double.NaN, 0)).Seconds;

    /// <summary>
    /// The end of the run, at the solve's whole time (repair included, as the solver reports no time of its own).
    /// The solver gives no relative residuals at the end; an optimal run's are within its tolerance, so that is
    /// what the end point holds for them (NaN otherwise, which no threshold passes).
    /// </summary>
    public void End(PdhgProgress last) => end = last;

    /// <summary>
    /// The seconds at the first restart where the relative gap (or, with <paramref name="all"/>, the relative gap
    /// and both relative residuals) was at most <paramref name="threshold"/>; NaN if none was.
    /// </summary>
    public double FirstBelow(double threshold, bool all)
    {
        foreach (var p in end is null ? points : points.Append(end))
        {
            var worst = all ? Math.Max(p.RelativeGap, Math.Max(p.RelativePrimalResidual, p.RelativeDualResidual)) : p.RelativeGap;
            if (worst <= threshold)
                return p.Elapsed.TotalSeconds;
        }
        return double.NaN;
    }

    public void Write(string path)
    {
        var text = new StringBuilder("seconds\titeration\trestarts\tobjective\trelative_primal\trelative_dual\trelative_gap\tcertified_gap\n");
        foreach (var p in end is null ? points : points.Append(end))
        {
            var gap = certified.FirstOrDefault(c => c.Seconds == p.Elapsed.TotalSeconds, (0, double.NaN)).Gap;
            text.Append(CultureInfo.InvariantCulture,
                $"{p.Elapsed.TotalSeconds:R}\t{p.Iteration}\t{p.Restarts}\t{p.Objective:R}\t{p.RelativePrimalResidual:R}\t{p.RelativeDualResidual:R}\t{p.RelativeGap:R}\t{gap:R}\n");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text.ToString());
    }
}
