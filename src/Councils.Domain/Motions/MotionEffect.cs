using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Json;
using Councils.Domain.Methods;

namespace Councils.Domain.Motions;

/// <summary>
/// What a motion does to its body when it carries, such as amending the charter or admitting a
/// member. It is checked when the motion opens and applied at once when the motion is decided carried.
/// </summary>
/// <remarks>A new effect is a new sealed subclass and one line in <see cref="FromJson"/>; the fold does not change.</remarks>
public abstract record MotionEffect
{
    private protected MotionEffect()
    {
    }

    /// <summary>Every type of effect, as the record writes it.</summary>
    public static IReadOnlyList<string> Types { get; } =
    [
        AmendCharter.TypeName, AdmitMember.TypeName, AdmitBody.TypeName, FederationJoin.TypeName, FederationWithdraw.TypeName,
        DelegatesElect.TypeName, MandateSet.TypeName, DelegateRecall.TypeName, RatificationAnswer.TypeName,
    ];

    /// <summary>The effect's <c>type</c> in its JSON.</summary>
    public abstract string Type { get; }

    /// <summary>Writes the effect as the <c>effect</c> member of a <c>motion.opened</c> payload.</summary>
    public abstract JsonObject ToJson();

    /// <summary>
    /// Reads an effect: <c>{"type":"charter.amend","charter":{…}}</c> or
    /// <c>{"type":"member.admit","member":"&lt;key&gt;","name":"…"}</c>.
    /// </summary>
    /// <param name="json">The effect.</param>
    /// <param name="path">Where it sits, for the <see cref="RuleViolation.Field"/> of refusals.</param>
    /// <exception cref="RuleViolation">The effect is unknown or not valid (<c>payload-invalid</c>).</exception>
    public static MotionEffect FromJson(JsonObject json, string path = "effect")
    {
        var fields = new JsonFields(json, path, "an effect");
        var type = fields.String("type");
        MotionEffect effect = type switch
        {
            AmendCharter.TypeName => AmendCharter.Read(fields),
            AdmitMember.TypeName => AdmitMember.Read(fields),
            AdmitBody.TypeName => AdmitBody.Read(fields),
            FederationJoin.TypeName => FederationJoin.Read(fields),
            FederationWithdraw.TypeName => FederationWithdraw.Read(fields),
            DelegatesElect.TypeName => DelegatesElect.Read(fields),
            MandateSet.TypeName => MandateSet.Read(fields),
            DelegateRecall.TypeName => DelegateRecall.Read(fields),
            RatificationAnswer.TypeName => RatificationAnswer.Read(fields),
            _ => throw fields.Refuse("type", $"'{type}' is not an effect a motion can have: the effects are {string.Join(", ", Types.Select(t => $"'{t}'"))}."),
        };
        fields.End();
        return effect;
    }

    /// <summary>The method that decides a motion with this effect under <paramref name="charter"/>, given the one it names.</summary>
    /// <exception cref="RuleViolation">The motion names a method that chooses among options (<c>payload-invalid</c>).</exception>
    internal virtual DecisionMethod MethodUnder(Charter charter, DecisionMethod? named) =>
        named is OptionsMethod
            // An effect applies when its motion carries; under such a method that says only that some option won.
            ? throw new RuleViolation(Rules.PayloadInvalid,
                $"A motion with an effect is decided yes or no, so it cannot be decided by {named}.", "payload.method")
            : named ?? charter.Method;

    /// <summary>Refuses to open a motion whose effect could not apply to <paramref name="body"/> as it stands, proposed by <paramref name="proposer"/>.</summary>
    internal virtual void CheckOpening(BodyState body, Record.PublicKey proposer, string path)
    {
    }

    /// <summary>Refuses a motion whose method, as resolved under the charter, does not fit the effect (say, candidates who may not stand).</summary>
    internal virtual void CheckMethod(BodyState body, DecisionMethod method, string path)
    {
    }

    /// <summary>The body once the effect of the carried <paramref name="motion"/> applies, at the decision's <paramref name="seq"/>.</summary>
    internal abstract BodyState Apply(BodyState body, MotionId motion, long seq);
}
