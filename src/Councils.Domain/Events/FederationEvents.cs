using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Councils.Domain.Charters;
using Councils.Domain.Federations;
using Councils.Domain.Json;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;

namespace Councils.Domain.Events;

/// <summary><c>body.joined</c>: a body decided to join the federation, delegating <see cref="Competences"/>; it has <see cref="Members"/> members.</summary>
public sealed record BodyJoined(Citation Source, ImmutableSortedSet<string> Competences, long Members) : Reflection(Source)
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "body.joined";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public bool Equals(BodyJoined? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    internal override JsonObject ToPayload() => With(new()
    {
        ["competences"] = new JsonArray([.. Competences.Select(c => (JsonNode)c)]),
        ["members"] = Members,
    });

    internal static BodyJoined Read(JsonFields payload) =>
        new(SourceOf(payload), FederationJoin.ReadCompetences(payload), payload.Long("members", 0));
}

/// <summary><c>body.withdrawn</c>: a member body decided to leave the federation. The federation cannot refuse it.</summary>
public sealed record BodyWithdrawn(Citation Source) : Reflection(Source)
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "body.withdrawn";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public bool Equals(BodyWithdrawn? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    internal override JsonObject ToPayload() => With([]);

    internal static BodyWithdrawn Read(JsonFields payload) => new(SourceOf(payload));
}

/// <summary><c>delegates.seated</c>: a member body elected its delegates; each seat's holder (null if vacant), until when.</summary>
public sealed record DelegatesSeated(Citation Source, ImmutableArray<Person?> Seats, long Until) : Reflection(Source)
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "delegates.seated";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public bool Equals(DelegatesSeated? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    internal override JsonObject ToPayload() => With(new()
    {
        ["seats"] = new JsonArray([.. Seats.Select(s => (JsonNode?)s?.ToJson())]),
        ["until"] = Until,
    });

    internal static DelegatesSeated Read(JsonFields payload)
    {
        var list = payload.Array("seats");
        var seats = list.Select((node, i) => Person.ReadOrNull(node, $"{payload.PathOf("seats")}[{i}]")).ToImmutableArray();
        if (seats.IsEmpty || seats.Length > Delegation.MaxSeats)
            throw payload.Refuse("seats", $"A body holds 1 to {Delegation.MaxSeats} seats.");
        return new(SourceOf(payload), seats, payload.Long("until", 0));
    }
}

/// <summary><c>mandate.recorded</c>: a member body decided its delegates' mandate on agenda item <see cref="Motion"/>.</summary>
public sealed record MandateRecorded(Citation Source, MotionId Motion, Mandate Mandate, ImmutableArray<TravellingReport> MinorityReports)
    : Reflection(Source)
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "mandate.recorded";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public bool Equals(MandateRecorded? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    internal override JsonObject ToPayload() => With(Mandate.WriteInto(new()
    {
        ["minorityReports"] = TravellingReport.WriteAll(MinorityReports),
        ["motion"] = Motion.Seq,
    }));

    internal static MandateRecorded Read(JsonFields payload) =>
        new(SourceOf(payload), new MotionId(payload.Long("motion", 1)), Mandate.Read(payload),
            [.. TravellingReport.ReadAll(payload, "minorityReports")]);
}

/// <summary><c>delegate.recalled</c>: a member body recalled <see cref="Delegate"/>; <see cref="Substitute"/> takes the seat, or none does.</summary>
public sealed record DelegateRecalled(Citation Source, PublicKey Delegate, Person? Substitute) : Reflection(Source)
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "delegate.recalled";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public bool Equals(DelegateRecalled? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    internal override JsonObject ToPayload() => With(new()
    {
        ["delegate"] = Delegate.ToString(),
        ["substitute"] = Substitute?.ToJson(),
    });

    internal static DelegateRecalled Read(JsonFields payload) =>
        new(SourceOf(payload), payload.Key("delegate"), Person.ReadOrNull(payload.Node("substitute"), payload.PathOf("substitute")));
}

/// <summary>
/// <c>roll.recorded</c>: a member body's roll for an agenda item, taken when it opens: its head
/// (the source), its number of members, and for a referendum the members' keys, who alone may vote.
/// </summary>
public sealed record RollRecorded(Citation Source, MotionId Motion, long Members, ImmutableArray<PublicKey>? Voters) : Reflection(Source)
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "roll.recorded";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public bool Equals(RollRecorded? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    internal override JsonObject ToPayload() => With(new()
    {
        ["members"] = Members,
        ["motion"] = Motion.Seq,
        ["voters"] = Voters is { } voters ? new JsonArray([.. voters.Select(k => (JsonNode)k.ToString())]) : null,
    });

    internal static RollRecorded Read(JsonFields payload)
    {
        var source = SourceOf(payload);
        var motion = new MotionId(payload.Long("motion", 1));
        var members = payload.Long("members", 0);
        ImmutableArray<PublicKey>? voters = null;
        if (payload.Node("voters") is not null)
        {
            var list = payload.Array("voters");
            var keys = ImmutableArray.CreateBuilder<PublicKey>(list.Count);
            foreach (var node in list)
            {
                keys.Add(node is JsonValue v && v.TryGetValue(out string? text) && PublicKey.TryParse(text, out var key)
                    ? key.Value
                    : throw payload.Refuse("voters", "A roll's voters are public keys."));
            }
            voters = keys.MoveToImmutable();
        }
        return new RollRecorded(source, motion, members, voters);
    }
}

/// <summary><c>ratification.reported</c>: a member body decided, under its own charter, on a draft the federation sent for ratification.</summary>
public sealed record RatificationReported(Citation Source, MotionId Motion, Outcome Outcome, string Count, ImmutableArray<TravellingReport> MinorityReports)
    : Reflection(Source)
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "ratification.reported";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public bool Equals(RatificationReported? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    internal override JsonObject ToPayload() => With(new()
    {
        ["count"] = Count,
        ["minorityReports"] = TravellingReport.WriteAll(MinorityReports),
        ["motion"] = Motion.Seq,
        ["outcome"] = Spellings.Of(Outcome),
    });

    internal static RatificationReported Read(JsonFields payload)
    {
        var source = SourceOf(payload);
        var motion = new MotionId(payload.Long("motion", 1));
        var text = payload.String("outcome");
        if (!Spellings.TryRead(text, out Outcome outcome))
            throw payload.Refuse("outcome", $"An outcome is {Spellings.Listed<Outcome>()}, not '{text}'.");
        return new(source, motion, outcome, Text.Check(payload.String("count"), Text.MaxLong, payload.PathOf("count"), "A count", mayBeEmpty: true),
            [.. TravellingReport.ReadAll(payload, "minorityReports")]);
    }
}
