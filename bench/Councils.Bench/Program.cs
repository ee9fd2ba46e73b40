using Councils.Bench;

// Benchmarks that measure the targets of the issues, each beside a baseline measured in the same run.
// Usage: dotnet run -c Release --project bench/Councils.Bench -- <ballots|verify> [options]
return args switch
{
    ["ballots", .. var rest] => await BallotBench.RunAsync(rest),
    ["verify", .. var rest] => VerifyBench.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Councils.Bench ballots [--provider sqlite|postgres] [--clients 64] [--ballots 20000] [--postgres CONN]");
    Console.Error.WriteLine("       Councils.Bench verify [--events 1000000]");
    return 2;
}
