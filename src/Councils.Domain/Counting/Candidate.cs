namespace Councils.Domain.Counting;

/// <summary>
/// One candidate of an election, or one option of a motion. A withdrawn candidate stays in the
/// list, so ballots keep their numbering, but every method skips it as if it were not on the ballot.
/// </summary>
public sealed record Candidate
{
    /// <summary>Makes a candidate.</summary>
    /// <param name="name">The name as written on the ballot; kept exactly, trailing spaces included.</param>
    /// <param name="isWithdrawn">True when the candidate withdrew before the count.</param>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public Candidate(string name, bool isWithdrawn = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        IsWithdrawn = isWithdrawn;
    }

    /// <summary>The name as written on the ballot.</summary>
    public string Name { get; }

    /// <summary>True when the candidate withdrew: no vote is ever credited to it.</summary>
    public bool IsWithdrawn { get; }
}
