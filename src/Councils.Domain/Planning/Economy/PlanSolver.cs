using System.Diagnostics;
using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Planning.Economy;

/// <summary>
/// Makes a plan: builds the problem's linear program, solves it by restarted PDHG, repairs the point so every
/// balance and bound holds exactly (<see cref="FeasibilityRepair"/>), takes the balances' duals as prices, and
/// certifies the result with the Lagrangian bound of those prices (<see cref="CouncilResponses.Bound"/>).
/// </summary>
public static class PlanSolver
{
    /// <summary>Solves <paramref name="problem"/>. The certificate holds whatever the solver's status; its gap says how good the plan is.</summary>
    public static PlanSolution Solve(PlanProblem problem, PlanSolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new PlanSolverOptions();
        var clock = Stopwatch.StartNew();
        // The solver works on the program with the capacities the balances imply; prices are moved back to the posed one.
        var implied = ImpliedCapacities.Of(problem);
        var lp = PlanProgram.Build(problem, implied.Capacities);
        // The best plan repaired at a restart: the one returned when the run stops there or, if the run ends without
        // meeting the target (a time or iteration limit), whenever its gap beats that of the final point's plan.
        Repaired? best = null;
        // Polishing and scarcity cuts together take at most half the solver's work; repairs before the bound settles a tenth.
        var iterations = 0;
        var effort = new Effort(0.5, () => iterations);
        var early = new Effort(0.1, () => iterations);
        var polish = new Polishing(problem, implied.Capacities, options, effort, clock);
        var bound = new BoundWatch();
        double[] PricesOf(double[] y) => RaisedForTargetBundles(problem, implied.Prices(y));
        var result = PdhgSolver.Solve(lp, new PdhgOptions(
            Tolerance: options.Tolerance, IterationLimit: options.IterationLimit, Threads: options.Threads,
            Progress: p =>
            {
                iterations = p.Iteration;
                polish.Watch(p);
            },
            TimeLimit: options.TimeLimit,
            Accept: options.CertifiedGap is { } target ? (x, y) =>
            {
                var prices = PricesOf(y);
                var priceBound = CouncilResponses.Bound(problem, prices);
                var move = bound.Move(priceBound);
                // Past half of a limit, a target the bound has not settled for gives way to the gap it has (see BoundWatch).
                var aim = polish.Late() && double.IsFinite(move) ? Math.Max(target, 4 * move) : target;
                var settled = move <= aim / 4;
                if (!settled && !early.Affordable)
                    return false;
                var plain = Repair(problem, x, prices, priceBound);
                if (!settled)
                    early.Spend(Effort.RepairWork);
                var candidate = plain;
                // Polishing and cuts are for a plan within the aim that neither this restart's plan nor the best one is.
                bool Wanted() => settled && candidate.Certificate.Gap > aim && (best is null || best.Certificate.Gap > aim);
                if (Wanted() && polish.Due(aim) && polish.Run(x, prices, priceBound, aim) is { } polished
                    && polished.Certificate.Gap < candidate.Certificate.Gap)
                    candidate = polished;
                if (Wanted() && options.ScarcityCuts > 0 && polish.Near(aim) && effort.Affordable)
                {
                    var cut = Improve(problem, x, plain, options.ScarcityCuts);
                    effort.Spend(options.ScarcityCuts * Effort.RepairWork);
                    if (cut.Certificate.Gap < candidate.Certificate.Gap)
                        candidate = cut;
                }
                options.Certified?.Invoke(candidate.Certificate);
                if (best is null || candidate.Certificate.Gap < best.Certificate.Gap)
                    best = candidate;
                return candidate.Certificate.Gap <= target;
            }
            : null));
        // The final point gets cuts when the run met its tolerance and the budget allows, never after a limit stopped it:
        // a cut at a million products takes minutes.
        var finalCuts = result.Status == PdhgStatus.Optimal && effort.Affordable ? options.ScarcityCuts : 0;
        var repaired = result.Status == PdhgStatus.Accepted && best is not null ? best : Repair(problem, result.X, PricesOf(result.Y), bound: null, finalCuts);
        if (result.Status == PdhgStatus.IterationLimit && best is not null && best.Certificate.Gap < repaired.Certificate.Gap)
            repaired = best;
        var status = result.Status switch
        {
            PdhgStatus.Optimal => "optimal",
            PdhgStatus.Accepted => "certified",
            PdhgStatus.IterationLimit => "iteration-limit",
            PdhgStatus.PrimalInfeasible => "primal-infeasible",
            _ => "dual-infeasible",
        };
        var record = new SolverRecord(status, result.Iterations, result.Restarts, options.Tolerance, options.Threads, clock.Elapsed.TotalSeconds, repaired.Rounds);
        var certificate = repaired.Certificate with { Solver = record };
        return new PlanSolution(new PlanFile(problem, repaired.Plan, certificate, PriceResponses.Of(problem, repaired.Plan)), result);
    }

    /// <summary>
    /// The plan repaired from a solver point (columns: techniques then needs), priced and certified at <paramref name="prices"/>,
    /// whose bound is <paramref name="bound"/> when the caller has it already.
    /// </summary>
    private static Repaired Repair(PlanProblem problem, double[] x, double[] prices, double? bound, int cuts = 0)
    {
        var techniques = problem.TechniqueCount;
        var activity = x.AsSpan(0, techniques).ToArray();
        var fulfilment = x.AsSpan(techniques).ToArray();
        var rounds = FeasibilityRepair.Repair(problem, activity, fulfilment, cuts);
        var plan = Plan.Own(activity, fulfilment, prices);
        return new Repaired(plan, Certify(problem, plan, bound ?? CouncilResponses.Bound(problem, prices), solver: null), rounds);
    }

    /// <summary>The plan <paramref name="plain"/> repaired by the blend alone from the solver point, improved by scarcity cuts.</summary>
    private static Repaired Improve(PlanProblem problem, double[] x, Repaired plain, int cuts)
    {
        var techniques = problem.TechniqueCount;
        var activity = plain.Plan.Activity.ToArray();
        var fulfilment = plain.Plan.Fulfilment.ToArray();
        var rounds = FeasibilityRepair.Improve(problem, x.AsSpan(0, techniques).ToArray(), x.AsSpan(techniques).ToArray(), activity, fulfilment, cuts);
        var plan = Plan.Own(activity, fulfilment, plain.Plan.Prices.ToArray());
        return new Repaired(plan, Certify(problem, plan, plain.Certificate.Bound, solver: null), plain.Rounds + rounds);
    }

    /// <summary>
    /// PDLP's feasibility polishing for plans, held to the target: PDHG on the balances alone (no objective) with the
    /// objective as one more constraint, Σ priority·f ≥ the level the target asks of the solver's bound, started from
    /// the solver's restart point. It moves the point towards a feasible plan close by that gives up no more than the
    /// target allows, so the repair that follows has little left to do. Each polishing restart point is repaired and
    /// certified with the solver's prices (the bound does not depend on the primal point), the best plan is kept, and
    /// the polishing stops once one is within the target. Tried at a restart once the solver's own gap and dual
    /// residual are within the target, and only while the extra efforts have taken at most half of the work (<see cref="Effort"/>).
    /// </summary>
    private sealed class Polishing(PlanProblem problem, double[] capacities, PlanSolverOptions options, Effort effort, Stopwatch clock)
    {
        /// <summary>
        /// The share of the target gap the polishing level asks for; the rest is left for what the repair gives up
        /// (0.04 % of 0.8 % on the 1M economy, docs/benchmarks.md, tenth session).
        /// </summary>
        private const double LevelShare = 0.8;

        private PdhgProgress? last;
        private LinearProgram? leveled;

        public void Watch(PdhgProgress progress)
        {
            last = progress;
            options.Progress?.Invoke(progress);
        }

        /// <summary>Whether the solver's own gap and dual residual at the last restart are within <paramref name="aim"/>.</summary>
        public bool Near(double aim) => last is { } p && p.RelativeGap <= aim && p.RelativeDualResidual <= aim;

        public bool Due(double aim) => options.Polish && Near(aim) && effort.Affordable && TimeLeft() > TimeSpan.Zero;

        /// <summary>Whether the run is past half of its time or iteration limit.</summary>
        public bool Late() => (options.TimeLimit is { } limit && clock.Elapsed >= limit / 2)
            || (last is { } p && p.Iteration >= options.IterationLimit / 2);

        /// <summary>What is left of the run's time limit (polishing stops there too), or the most a timespan can hold.</summary>
        private TimeSpan TimeLeft() => options.TimeLimit is { } limit ? limit - clock.Elapsed : TimeSpan.MaxValue;

        /// <summary>Polishes <paramref name="x"/> towards a plan within <paramref name="target"/> (the run's target or its aim) of <paramref name="bound"/> (the bound of <paramref name="prices"/>).</summary>
        public Repaired? Run(double[] x, double[] prices, double bound, double target)
        {
            var work = 0L;
            if (leveled is null)
            {
                leveled = PlanProgram.Leveled(problem, capacities);
                work += Effort.RepairWork;
            }
            var level = double.IsFinite(bound) ? bound - (LevelShare * target * Math.Max(1, Math.Abs(bound))) : double.NegativeInfinity;
            var limit = Math.Max(256, last!.Iteration);
            var polishedFor = 0;
            Repaired? best = null;
            bool Kept(double[] polished)
            {
                work += Effort.RepairWork;
                var repaired = Repair(problem, polished, prices, bound);
                if (best is null || repaired.Certificate.Gap < best.Certificate.Gap)
                    best = repaired;
                return best.Certificate.Gap <= target;
            }
            // Polishing restart points are repaired from a quarter of the limit on: before, the 1M ones were 5-20 % off.
            var result = PdhgSolver.Solve(leveled.WithRowLower(problem.GoodCount, level), new PdhgOptions(
                Tolerance: 1e-12, IterationLimit: limit, Threads: options.Threads, TimeLimit: options.TimeLimit is null ? null : TimeLeft(),
                Start: new PdhgStart(x, new double[problem.GoodCount + 1]), FeasibilityOnly: true,
                Progress: p => polishedFor = p.Iteration,
                Accept: (polished, _) => 4 * polishedFor >= limit && Kept(polished)));
            if (result.Status == PdhgStatus.Optimal || best is null)
                Kept(result.X);
            effort.Spend(work + result.Iterations);
            return best;
        }
    }

    /// <summary>
    /// The bounds of the restart points' prices. A bound has settled for a gap once it moved by at most a quarter of
    /// that gap since the last restart: PDHG converges linearly between restarts, so the bound's distance to the
    /// optimum is then of the order of that move, and a plan can be certified within the gap. Before, none can be (the
    /// bound at 1,000,000 products moves 0.5 % a restart until 960 iterations), so a restart point is then repaired
    /// only as an extra effort (a repair there costs as much as 120 PDHG iterations and certifies 50-99 %), for the
    /// best plan so far should a limit stop the run, taking at most a tenth of the work; polishing and cuts wait for a
    /// settled bound. Past half of a time or iteration limit, while the bound has not settled for the target, the
    /// solver aims at the gap it has settled for (four times its last move): so a limit finds the best plan the bound
    /// allows, not the last early repair's.
    /// </summary>
    private sealed class BoundWatch
    {
        private double last = double.NaN;

        /// <summary>How far the bound moved since the last restart, relative to it (at least 1); infinite at the first.</summary>
        public double Move(double bound)
        {
            var move = double.IsNaN(last) ? double.PositiveInfinity : Math.Abs(bound - last) / Math.Max(1, Math.Abs(bound));
            last = bound;
            return move;
        }
    }

    /// <summary>
    /// The work the extra efforts of one kind (polishing and scarcity cuts, or early repairs) have taken, counted in
    /// PDHG iterations rather than seconds, so that which efforts a run makes, and so the plan it returns, depend on the
    /// problem and the options alone, not on the machine's speed or load. An effort is tried only while that work is at
    /// most its share of all the work so far (the solver's iterations and its own).
    /// </summary>
    private sealed class Effort(double share, Func<int> iterations)
    {
        /// <summary>
        /// A repair's work, in PDHG iterations: one costs as much as 100-175 iterations at 10,000, 100,000 and 1,000,000
        /// products (docs/benchmarks.md); a round of scarcity cuts about as much again, and building the polishing program once.
        /// </summary>
        public const int RepairWork = 128;

        private long spent;

        public bool Affordable => spent <= share * (iterations() + spent);

        public void Spend(long work) => spent += work;
    }

    private sealed record Repaired(Plan Plan, PlanCertificate Certificate, int Rounds);

    /// <summary>The problem's linear program (columns: techniques then needs; rows: the goods' balances), to write or solve elsewhere.</summary>
    public static LinearProgram LinearProgram(PlanProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return PlanProgram.Build(problem);
    }

    /// <summary>The certificate of a plan: its objective, the bound from its prices, the gap and the worst shortfall.</summary>
    public static PlanCertificate Certify(PlanProblem problem, Plan plan, SolverRecord? solver = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(plan);
        return Certify(problem, plan, CouncilResponses.Bound(problem, plan.Prices), solver);
    }

    /// <summary>The certificate of a plan whose prices' bound is known (one pass over the techniques and needs saved).</summary>
    private static PlanCertificate Certify(PlanProblem problem, Plan plan, double bound, SolverRecord? solver)
    {
        var objective = 0.0;
        for (var n = 0; n < problem.NeedCount; n++)
            objective += problem.Priorities[n] * plan.Fulfilment[n];
        var supply = new double[problem.GoodCount];
        var use = new double[problem.GoodCount];
        Balances.Compute(problem, plan.Activity, plan.Fulfilment, supply, use);
        var shortfall = 0.0;
        for (var g = 0; g < supply.Length; g++)
            shortfall = Math.Max(shortfall, use[g] - supply[g]);
        return new PlanCertificate(objective, bound, PlanCertificate.RelativeGap(objective, bound), shortfall, solver);
    }

    /// <summary>
    /// The published prices, from prices for the posed problem (<see cref="ImpliedCapacities.Prices"/>), in place: when a
    /// target bundle (unlimited cap) would still be worth more than it costs, all raised by the one factor that makes
    /// every such bundle cost at least its priority, so the bound is finite. Scaling prices up by 1 + ε loosens the bound
    /// by about ε of itself.
    /// </summary>
    private static double[] RaisedForTargetBundles(PlanProblem problem, double[] prices)
    {
        var raise = 1.0;
        for (var n = 0; n < problem.NeedCount; n++)
        {
            if (!double.IsPositiveInfinity(problem.Caps[n]))
                continue;
            var need = problem.Need(n);
            var cost = need.Priority - CouncilResponses.Value(need, prices);
            if (need.Priority > cost && cost > 0)
                raise = Math.Max(raise, need.Priority / cost * (1 + 1e-12));
        }
        if (raise > 1)
        {
            for (var g = 0; g < prices.Length; g++)
                prices[g] *= raise;
        }
        return prices;
    }
}
