using System.Collections.Immutable;
using Councils.Domain.Federations;
using Councils.Domain.Methods;
using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary>
/// A motion in a body: what it proposes, how it is decided, who may vote on it, the ballots cast,
/// its discussion, the minority reports attached and, once decided, its decision.
/// </summary>
/// <remarks>
/// A motion is fixed when it opens: its method, deadline, quorum and the members eligible to vote
/// all come from the charter and membership in force at that moment, and later changes to either
/// do not reach it.
/// </remarks>
public sealed class Motion
{
    internal Motion(
        MotionId id, string title, string text, DecisionMethod method, MotionEffect? effect, PublicKey proposer,
        long openedAt, long closesAt, int charterVersion, Fraction quorum, ImmutableHashSet<PublicKey> eligible)
    {
        Id = id;
        Title = title;
        Text = text;
        Method = method;
        Effect = effect;
        Proposer = proposer;
        OpenedAt = openedAt;
        ClosesAt = closesAt;
        CharterVersion = charterVersion;
        Quorum = quorum;
        Eligible = eligible;
        Ballots = ImmutableDictionary<PublicKey, CastBallot>.Empty;
        MinorityReports = [];
        Discussion = [];
    }

    private Motion(Motion motion)
        : this(motion.Id, motion.Title, motion.Text, motion.Method, motion.Effect, motion.Proposer,
            motion.OpenedAt, motion.ClosesAt, motion.CharterVersion, motion.Quorum, motion.Eligible)
    {
        Ballots = motion.Ballots;
        MinorityReports = motion.MinorityReports;
        Discussion = motion.Discussion;
        Decision = motion.Decision;
        Item = motion.Item;
    }

    /// <summary>The motion's id: the seq of its <c>motion.opened</c>.</summary>
    public MotionId Id { get; }

    /// <summary>Its title.</summary>
    public string Title { get; }

    /// <summary>Its text, as last amended.</summary>
    public string Text { get; private init; }

    /// <summary>For a federation's motion on a matter, the agenda item: mode, rolls, mandates, answers; null otherwise.</summary>
    public AgendaItem? Item { get; private init; }

    /// <summary>
    /// The method that decides it: the one it named, or the charter's default, or, for a charter
    /// amendment, always the charter's amendment method.
    /// </summary>
    public DecisionMethod Method { get; }

    /// <summary>What it does when it carries; null for a motion that only records a position.</summary>
    public MotionEffect? Effect { get; }

    /// <summary>The member who opened it.</summary>
    public PublicKey Proposer { get; }

    /// <summary>When it opened, in milliseconds since the Unix epoch.</summary>
    public long OpenedAt { get; }

    /// <summary>When it closes: <see cref="OpenedAt"/> plus the charter's open time. Ballots are cast strictly before it.</summary>
    public long ClosesAt { get; }

    /// <summary>The version of the charter in force when it opened, under which it is counted.</summary>
    public int CharterVersion { get; }

    /// <summary>The quorum of that charter version.</summary>
    public Fraction Quorum { get; }

    /// <summary>The members when it opened: only they may cast a ballot on it.</summary>
    public ImmutableHashSet<PublicKey> Eligible { get; }

    /// <summary>The ballots cast, by member.</summary>
    public ImmutableDictionary<PublicKey, CastBallot> Ballots { get; private init; }

    /// <summary>The minority reports attached, in the order of the log.</summary>
    public ImmutableList<MinorityReport> MinorityReports { get; private init; }

    /// <summary>The contributions to its discussion, in the order of the log.</summary>
    public ImmutableList<Contribution> Discussion { get; private init; }

    /// <summary>Its decision; null until decided.</summary>
    public Decision? Decision { get; private init; }

    /// <summary>Where the motion stands at <paramref name="at"/> (milliseconds since the Unix epoch).</summary>
    public MotionStatus StatusAt(long at) =>
        Decision is not null ? MotionStatus.Decided
        : at >= ClosesAt ? MotionStatus.Closed
        : MotionStatus.Open;

    /// <summary>Counts the ballots cast so far under the motion's method and quorum.</summary>
    public Count Recount() =>
        Item is { } item ? ItemCount.Of(this, item) :
        Method.Count(Ballots.ToImmutableDictionary(b => b.Key, b => b.Value.Ballot), Eligible.Count, Quorum);

    /// <summary>Whether the ballots still to come can no longer change the outcome, so it may be decided before it closes.</summary>
    public bool IsSettled() =>
        Item is { } item ? ItemCount.IsSettled(this, item) :
        Method.IsSettled(
            Ballots.ToImmutableDictionary(b => b.Key, b => b.Value.Ballot),
            Eligible.Where(member => !Ballots.ContainsKey(member)).ToList(),
            Eligible.Count,
            Quorum);

    internal Motion With(CastBallot ballot) => new(this) { Ballots = Ballots.Add(ballot.Member, ballot) };

    internal Motion With(MinorityReport report) => new(this) { MinorityReports = MinorityReports.Add(report) };

    internal Motion With(Contribution contribution) => new(this) { Discussion = Discussion.Add(contribution) };

    internal Motion With(Decision decision) => new(this) { Decision = decision };

    internal Motion With(AgendaItem item) => new(this) { Item = item };

    internal Motion Amended(string text) => new(this) { Text = text, Item = Item! with { Revision = Item.Revision + 1 } };

    /// <summary>Counts the motion's ballots under another method of the same kind (an election for more seats).</summary>
    internal Count CountUnder(DecisionMethod method) =>
        method.Count(Ballots.ToImmutableDictionary(b => b.Key, b => b.Value.Ballot), Eligible.Count, Quorum);
}
