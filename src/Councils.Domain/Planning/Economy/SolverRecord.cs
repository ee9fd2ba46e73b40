namespace Councils.Domain.Planning.Economy;

/// <summary>How the solver that produced a plan was run and how it ended, kept with the certificate for anyone re-running it.</summary>
/// <param name="Status">The solver's status: <c>optimal</c> or <c>iteration-limit</c>.</param>
/// <param name="Iterations">PDHG iterations.</param>
/// <param name="Restarts">PDHG restarts.</param>
/// <param name="Tolerance">The relative tolerance of the termination test.</param>
/// <param name="Threads">Threads used (the result is bit-identical for a given thread count).</param>
/// <param name="Seconds">Wall time of the solve and repair.</param>
/// <param name="RepairRounds">Rounds of feasibility repair.</param>
public sealed record SolverRecord(string Status, int Iterations, int Restarts, double Tolerance, int Threads, double Seconds, int RepairRounds);
