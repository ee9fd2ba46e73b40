namespace Councils.Domain.Counting;

/// <summary>
/// What a count needs: the candidates, the number of seats, and the ballots. The same election can
/// be counted by several methods; each count leaves it unchanged.
/// </summary>
public sealed class Election
{
    /// <summary>Makes an election.</summary>
    /// <param name="title">The title, free text.</param>
    /// <param name="candidates">The candidates, numbered by position; ballots refer to them by that number.</param>
    /// <param name="seats">How many are to be elected (1 for a single-winner motion).</param>
    /// <param name="ballots">The ballots, over exactly these candidates.</param>
    /// <exception cref="ArgumentException">The ballots are over a different number of candidates.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Seats is less than 1.</exception>
    public Election(string title, IReadOnlyList<Candidate> candidates, int seats, BallotBox ballots)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentOutOfRangeException.ThrowIfLessThan(seats, 1);
        if (ballots.CandidateCount != candidates.Count)
            throw new ArgumentException($"The ballots are over {ballots.CandidateCount} candidates, the election has {candidates.Count}.", nameof(ballots));
        Title = title;
        Candidates = [.. candidates];
        Seats = seats;
        Ballots = ballots;
    }

    /// <summary>The title, free text.</summary>
    public string Title { get; }

    /// <summary>The candidates; ballots name them by their position in this list.</summary>
    public IReadOnlyList<Candidate> Candidates { get; }

    /// <summary>How many are to be elected.</summary>
    public int Seats { get; }

    /// <summary>The ballots.</summary>
    public BallotBox Ballots { get; }

    /// <summary>The same election with another number of seats.</summary>
    public Election WithSeats(int seats) => seats == Seats ? this : new Election(Title, Candidates, seats, Ballots);

    /// <summary>The position of the candidate with this exact name, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Candidates.Count; i++)
        {
            if (Candidates[i].Name == name)
                return i;
        }
        return -1;
    }

    /// <summary>
    /// The ranked ballots read as approvals: a voter approves of every candidate the ballot ranks.
    /// Approval and score elections are returned unchanged.
    /// </summary>
    public Election AsApproval()
    {
        if (Ballots.Kind != BallotKind.Ranked)
            return this;
        var builder = new BallotBoxBuilder(BallotKind.Approval, Candidates.Count);
        for (var b = 0; b < Ballots.Count; b++)
            builder.AddApproval(Ballots.Choices(b), Ballots.Weight(b));
        return new Election(Title, Candidates, Seats, builder.Build());
    }
}
