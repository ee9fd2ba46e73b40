using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Motions;

namespace Councils.Domain.Tests.Support;

/// <summary>Builds the logs of the tests, one event at a time, through the real fold.</summary>
internal static class Log
{
    /// <summary>2025-11-27 10:00 UTC, when every body of the tests is created.</summary>
    public const long Start = 1_764_237_600_000;

    public const long Second = 1000;

    public const long Week = 7 * 24 * 60 * 60 * Second;

    public static BodyId Id { get; } = BodyId.Parse("acme-workshop");

    /// <summary>Acme Workshop, founded by the node with the given founders (Ana, Boris, Clara, Dmitri by default).</summary>
    public static BodyState Founded(Charter? charter = null, params string[] founders)
    {
        founders = founders.Length == 0 ? ["Ana", "Boris", "Clara", "Dmitri"] : founders;
        var created = new BodyCreated("Acme Workshop", BodyKind.WorkplaceCommittee, charter ?? Charter.For(BodyKind.WorkplaceCommittee),
            founders.Select(name => new Founder(People.Named(name), name)));
        return BodyState.Empty(Id).Apply(new RecordedEvent(0, Start, People.Node, created));
    }

    /// <summary>A workplace committee's default charter with another admission rule, as the record spells it.</summary>
    public static Charter WithAdmission(string admission)
    {
        var json = Charter.For(BodyKind.WorkplaceCommittee).ToJson();
        json["admission"] = admission;
        return Charter.FromJson(json);
    }

    /// <summary>Applies the next event, <paramref name="after"/> milliseconds after the last one.</summary>
    public static BodyState Then(this BodyState state, string author, BodyEvent bodyEvent, long after = Second) =>
        state.Apply(new RecordedEvent(state.Seq + 1, state.LastAt + after, People.Named(author), bodyEvent));

    /// <summary>Applies the next event at <paramref name="at"/>.</summary>
    public static BodyState ThenAt(this BodyState state, long at, string author, BodyEvent bodyEvent) =>
        state.Apply(new RecordedEvent(state.Seq + 1, at, People.Named(author), bodyEvent));

    /// <summary>Opens a plain motion by <paramref name="proposer"/>; its id is the new state's seq.</summary>
    public static BodyState Opens(this BodyState state, string proposer, DecisionMethod? method = null, MotionEffect? effect = null) =>
        state.Then(proposer, new MotionOpened("Buy a lathe", "The workshop buys a second lathe.", method, effect));

    /// <summary>Casts a majority ballot ("yes", "no", "abstain") or any other choice.</summary>
    public static BodyState Votes(this BodyState state, string member, long motion, string choice, string? reason = null)
    {
        var ballot = new JsonObject { ["choice"] = choice };
        if (reason is not null)
            ballot["reason"] = reason;
        return state.Then(member, new BallotCast(new MotionId(motion), ballot));
    }

    /// <summary>Decides a motion as the node would, once it has closed.</summary>
    public static BodyState Closes(this BodyState state, long motion, string by = "Node")
    {
        var at = Math.Max(state.LastAt, state.Motions[new MotionId(motion)].ClosesAt);
        return state.ThenAt(at, by, state.Decide(new MotionId(motion), at, People.Named(by)));
    }
}
