namespace Councils.Domain.Counting.Formats;

/// <summary>A ballot file that cannot be read: says which line and what was wrong with it.</summary>
public sealed class BallotFileException : FormatException
{
    /// <summary>Makes the error for <paramref name="line"/> (1-based; 0 when it concerns the whole file).</summary>
    public BallotFileException(int line, string problem)
        : base(line > 0 ? $"line {line}: {problem}" : problem)
    {
        Line = line;
        Problem = problem;
    }

    /// <summary>Makes an error that names no line.</summary>
    public BallotFileException()
        : this(0, "The ballot file cannot be read.")
    {
    }

    /// <summary>Makes an error that names no line.</summary>
    public BallotFileException(string message)
        : this(0, message)
    {
    }

    /// <summary>Makes an error that names no line, with its cause.</summary>
    public BallotFileException(string message, Exception innerException)
        : base(message, innerException) => Problem = message;

    /// <summary>The line that is wrong, counting from 1; 0 when it concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>What was wrong, in plain words, without the line number.</summary>
    public string Problem { get; }
}
