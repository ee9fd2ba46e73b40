using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Reports;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Methods;

/// <summary>
/// A method that chooses among a motion's options rather than saying yes or no: approval, score,
/// Schulze, single transferable vote, instant-runoff. The counting methods of
/// <see cref="CountingMethods"/> count the ballots, and the count keeps their whole record.
/// </summary>
/// <remarks>
/// <para>
/// A motion fixes its options and its <see cref="Seed"/> when it opens. The seed draws the order of
/// lots (<see cref="LotOrder"/>) that settles the ties no rule of the method settles, so the lot is
/// stated and recorded before any ballot is cast, and anyone can draw it again.
/// </para>
/// <para>
/// Quorum first: the count lapses when too few eligible members cast a ballot. Otherwise it is
/// carried, and the winners are the decision, unless no ballot names any option (every ballot is
/// blank: nothing was chosen) or the method says otherwise (a Schulze status quo that wins); then
/// it is rejected. Such a count is settled only when every eligible member has voted: until then
/// any ballot could change the winners.
/// </para>
/// </remarks>
public abstract record OptionsMethod : DecisionMethod
{
    /// <summary>The types of method spec that choose among options, and so carry a seed.</summary>
    public static IReadOnlySet<string> Types { get; } = new HashSet<string>(
        [ApprovalVote.TypeName, ScoreVote.TypeName, SchulzeVote.TypeName, SingleTransferableVote.TypeName, InstantRunoffVote.TypeName],
        StringComparer.Ordinal);

    /// <summary>
    /// The spec with a <c>seed</c> drawn when it chooses among options and names none: the lot is
    /// fixed when the motion opens, by whoever opens it, and recorded in the opening event.
    /// </summary>
    /// <param name="spec">A method spec as a request gives it.</param>
    /// <param name="draw">Draws a seed from 0 to 2^53 − 1; a node uses a cryptographic source.</param>
    public static JsonObject WithSeed(JsonObject spec, Func<long> draw)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(draw);
        if (spec.ContainsKey("seed") || spec["type"] is not JsonValue type || !type.TryGetValue(out string? name) || !Types.Contains(name))
            return spec;
        var seeded = spec.DeepClone().AsObject();
        seeded["seed"] = draw();
        return seeded;
    }

    /// <summary>The fewest options a motion can choose among.</summary>
    public const int MinOptions = 2;

    /// <summary>The most options a motion can choose among.</summary>
    public const int MaxOptions = 64;

    private readonly FrozenDictionary<string, int> _index;

    private protected OptionsMethod(IEnumerable<string> options, int seats, long seed, string path)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = CheckOptions([.. options], path);
        _index = Options.Select((option, i) => KeyValuePair.Create(option, i)).ToFrozenDictionary(StringComparer.Ordinal);
        Seats = seats >= 1 && seats <= Options.Length
            ? seats
            : throw new RuleViolation(Rules.PayloadInvalid, $"The seats to fill are between 1 and the {Options.Length} options, not {seats}.", Text.Path(path, "seats"));
        Seed = seed is >= 0 and <= CanonicalJson.MaxInteger
            ? seed
            : throw new RuleViolation(Rules.PayloadInvalid, $"A seed is a whole number from 0 to {CanonicalJson.MaxInteger}, not {seed}.", Text.Path(path, "seed"));
    }

    /// <summary>The options, in the order the motion gave them; the lot and the record follow this order.</summary>
    public ImmutableArray<string> Options { get; }

    /// <summary>How many options win: the seats to fill, 1 for a single choice.</summary>
    public int Seats { get; }

    /// <summary>The seed of the lot that settles ties, fixed when the motion opened.</summary>
    public long Seed { get; }

    /// <summary>None: any ballot still to come could change the winners, so only every member's ballot settles the count.</summary>
    private protected override IEnumerable<Ballot>? Extremes => null;

    /// <summary>The kind of ballot the counting method reads.</summary>
    private protected abstract BallotKind Kind { get; }

    /// <inheritdoc />
    public virtual bool Equals(OptionsMethod? other) =>
        other is not null && EqualityContract == other.EqualityContract && Seats == other.Seats && Seed == other.Seed && Options.SequenceEqual(other.Options);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Seats, Seed, Options.Length, Options[0]);

    /// <summary>Where the option stands among <see cref="Options"/>; −1 when it is not one.</summary>
    internal int IndexOf(string option) => _index.GetValueOrDefault(option, -1);

    /// <summary>As <see cref="IndexOf"/>, for a ballot already read: one naming another motion's option is a programming error.</summary>
    internal int IndexOfCounted(string option) =>
        _index.TryGetValue(option, out var i) ? i : throw new ArgumentException($"'{option}' is not an option under {this}; the ballot is not this motion's.");

    /// <summary>Counts the ballots of a motion as one election, with these options as candidates.</summary>
    private protected abstract CountResult Tally(Election election, CountOptions options);

    /// <summary>Whether a quorate count with winners still rejects the motion; see <see cref="SchulzeVote"/>.</summary>
    private protected virtual bool Rejects(CountResult result) => false;

    private protected sealed override Count Weigh(IReadOnlyDictionary<PublicKey, Ballot> ballots, long eligible, long quorumNeeded)
    {
        var builder = new BallotBoxBuilder(Kind, Options.Length);
        var named = false;
        foreach (var ballot in ballots.Values)
        {
            named |= ballot switch
            {
                ApprovalBallot approval when Kind == BallotKind.Approval => approval.AddTo(builder, this),
                ScoreBallot score when Kind == BallotKind.Score => score.AddTo(builder, this),
                RankedBallot ranked when Kind == BallotKind.Ranked => ranked.AddTo(builder, this),
                _ => throw new ArgumentException($"A {ballot.GetType().Name} cannot be counted under {this}.", nameof(ballots)),
            };
        }
        var election = new Election("", [.. Options.Select(o => new Candidate(o))], Seats, builder.Build());
        var result = Tally(election, new CountOptions { Seats = Seats, TieBreakSeed = (ulong)Seed });
        var report = new CountReport(result).ToRecord();
        return new Count(ballots.Count, eligible, quorumNeeded, report, OutcomeOf(ballots.Count, quorumNeeded, named && !Rejects(result)));
    }

    /// <summary>The members every spec of these methods shares: options, seed and type.</summary>
    private protected JsonObject SpecJson() => new()
    {
        ["options"] = new JsonArray([.. Options.Select(o => (JsonNode)o)]),
        ["seed"] = Seed,
        ["type"] = Type,
    };

    internal static ImmutableArray<string> ReadOptions(JsonFields fields)
    {
        var list = fields.Array("options");
        var options = new string[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            options[i] = list[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? v.GetValue<string>()
                : throw new RuleViolation(Rules.PayloadInvalid, "An option is named by a string.", $"{fields.PathOf("options")}[{i}]");
        }
        return [.. options];
    }

    internal static long ReadSeed(JsonFields fields) => fields.Long("seed", 0);

    /// <summary>Reads a list of option names on a ballot, each an option of the method, none twice (nor in <paramref name="seen"/>).</summary>
    internal static List<string> ReadNames(JsonArray list, string path, OptionsMethod method, string what, HashSet<string>? seen = null)
    {
        seen ??= new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (list[i] is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
                throw new RuleViolation(Rules.BallotInvalid, $"{what} names options by their names, as strings.", at);
            var name = v.GetValue<string>();
            if (method.IndexOf(name) < 0)
                throw new RuleViolation(Rules.BallotInvalid, $"'{name}' is not one of the motion's options.", at);
            if (!seen.Add(name))
                throw new RuleViolation(Rules.BallotInvalid, $"{what} names each option at most once; '{name}' is named twice.", at);
            names.Add(name);
        }
        return names;
    }

    private static ImmutableArray<string> CheckOptions(string[] options, string path)
    {
        var field = Text.Path(path, "options");
        if (options.Length is < MinOptions or > MaxOptions)
            throw new RuleViolation(Rules.PayloadInvalid, $"A motion chooses among {MinOptions} to {MaxOptions} options, not {options.Length}.", field);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Length; i++)
        {
            var at = $"{field}[{i}]";
            Text.Check(options[i], Text.MaxName, at, "An option's name");
            if (!seen.Add(options[i]))
                throw new RuleViolation(Rules.PayloadInvalid, $"Each option is named once; '{options[i]}' is named twice.", at);
        }
        return [.. options];
    }
}
