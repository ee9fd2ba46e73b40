using System.Text.Json.Nodes;
using Councils.Domain.Json;

namespace Councils.Domain.Methods;

/// <summary>
/// A ballot under <see cref="Consent"/>: <c>{"choice":"object","reason":"…"}</c>. An objection
/// states its reason; a consent or a stand-aside may state one.
/// </summary>
public sealed record ConsentBallot : Ballot
{
    /// <summary>Makes a consent ballot.</summary>
    /// <param name="choice">Consent, stand aside or object.</param>
    /// <param name="reason">Why; required, and not blank, for an objection.</param>
    /// <exception cref="RuleViolation">An objection without a reason, or a reason that is too long (<c>ballot-invalid</c>).</exception>
    public ConsentBallot(ConsentChoice choice, string? reason = null)
    {
        Choice = choice;
        Reason = Check(choice, reason, "reason");
    }

    /// <summary>Consent, stand aside or object.</summary>
    public ConsentChoice Choice { get; }

    /// <summary>Why, in the member's words; never null for an objection.</summary>
    public string? Reason { get; }

    /// <inheritdoc />
    internal static IReadOnlyList<Ballot> Extremes { get; } =
        [new ConsentBallot(ConsentChoice.Consent), new ConsentBallot(ConsentChoice.Object, "(any reasoned objection)")];

    /// <inheritdoc />
    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["choice"] = Spellings.Of(Choice) };
        if (Reason is not null)
            json["reason"] = Reason;
        return json;
    }

    internal static ConsentBallot Read(JsonObject json, string path)
    {
        var fields = new JsonFields(json, path, "a consent ballot", Rules.BallotInvalid);
        var text = fields.String("choice");
        var reason = json.ContainsKey("reason") ? fields.String("reason") : null;
        fields.End();
        if (!Spellings.TryRead(text, out ConsentChoice choice))
            throw fields.Refuse("choice", $"A consent ballot's choice is {Spellings.Listed<ConsentChoice>()}, not '{text}'.");
        return new ConsentBallot(choice, Check(choice, reason, fields.PathOf("reason")));
    }

    private static string? Check(ConsentChoice choice, string? reason, string field)
    {
        if (choice == ConsentChoice.Object && string.IsNullOrWhiteSpace(reason))
            throw new RuleViolation(Rules.BallotInvalid,
                "An objection states its reason: under consent a motion is blocked only by a reasoned objection.", field);
        return reason is null ? null : Text.Check(reason, Text.MaxLong, field, "A reason", mayBeEmpty: true, Rules.BallotInvalid);
    }
}
