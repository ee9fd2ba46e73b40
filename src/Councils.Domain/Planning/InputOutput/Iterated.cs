namespace Councils.Domain.Planning.InputOutput;

/// <summary>The result of an iterative method and how many steps it took to converge.</summary>
/// <typeparam name="T">The kind of result: a matrix or a vector.</typeparam>
/// <param name="Value">The converged value.</param>
/// <param name="Iterations">The number of steps taken until the change fell below the tolerance.</param>
public sealed record Iterated<T>(T Value, int Iterations);
