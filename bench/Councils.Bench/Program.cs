using Councils.Bench;
using Councils.Bench.Planning;

// Benchmarks that measure the targets of the issues, each beside a baseline measured in the same run.
// Usage: dotnet run -c Release --project bench/Councils.Bench -- <ballots|verify|count|referendum|lp|plan> [options]
return args switch
{
    ["ballots", .. var rest] => await BallotBench.RunAsync(rest),
    ["verify", .. var rest] => VerifyBench.Run(rest),
    ["count", .. var rest] => CountBench.Run(rest),
    ["referendum", .. var rest] => await ReferendumBench.RunAsync(rest),
    ["lp", .. var rest] => LpBench.Run(rest),
    ["plan", .. var rest] => PlanBench.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Councils.Bench ballots [--provider sqlite|postgres] [--clients 64] [--ballots 20000] [--postgres CONN]");
    Console.Error.WriteLine("       Councils.Bench verify [--events 1000000]");
    Console.Error.WriteLine("       Councils.Bench count [--ballots 1000000] [--seed 20261127] [--runs 5] [--ward Partick-West-2007.blt] [--ward-runs 50] [--refcases DIR]");
    Console.Error.WriteLine("       Councils.Bench referendum [--cells 1000] [--members 1000] [--clients 64] [--provider sqlite|postgres] [--runs 5] [--api CELLS*MEMBERS] [--baseline 30000] [--segments 10] [--setup-parallel 2] [--postgres CONN]");
    Console.Error.WriteLine("       Councils.Bench lp (--mps FILE [--format fixed|free] | --random-lp ROWS COLS NNZ_PER_COL [--seed 1] | --economy PRODUCTS [--techniques 2] [--inputs 8] [--resources 3] [--needs 0] [--seed 1]) [--tolerance 1e-4] [--repeat 3] [--time-limit SECONDS] [--glop-max-columns 20000] [--glop-time-limit SECONDS]");
    Console.Error.WriteLine("       Councils.Bench plan --products N [--techniques 2] [--inputs 8] [--resources 3] [--needs 0] [--seed 1] [--threads 1] [--tolerance 1e-4] [--time-limit SECONDS] [--gap G] [--polish yes|no] [--cuts N] [--live no|yes] [--repeat 1] [--ortools none|pdlp|glop|both] [--glop-time-limit SECONDS] [--trace-dir plan-traces]");
    return 2;
}
