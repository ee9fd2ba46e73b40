using Councils.Domain.Charters;
using Councils.Domain.Methods;

namespace Councils.Domain.Json;

/// <summary>How the record spells the domain's small vocabularies, and back.</summary>
internal static class Spellings
{
    private static readonly (Outcome Value, string Text)[] Outcomes =
        [(Outcome.Carried, "carried"), (Outcome.Rejected, "rejected"), (Outcome.Lapsed, "lapsed")];

    private static readonly (Admission Value, string Text)[] Admissions =
        [(Admission.Open, "open"), (Admission.ByMember, "by-member"), (Admission.ByDecision, "by-decision")];

    private static readonly (VoteBase Value, string Text)[] Bases =
        [(VoteBase.VotesCast, "cast"), (VoteBase.Members, "members")];

    private static readonly (MajorityChoice Value, string Text)[] MajorityChoices =
        [(MajorityChoice.Yes, "yes"), (MajorityChoice.No, "no"), (MajorityChoice.Abstain, "abstain")];

    private static readonly (ConsentChoice Value, string Text)[] ConsentChoices =
        [(ConsentChoice.Consent, "consent"), (ConsentChoice.StandAside, "stand-aside"), (ConsentChoice.Object, "object")];

    private static readonly (DecisionMode Value, string Text)[] Modes =
        [(DecisionMode.Delegates, "delegates"), (DecisionMode.Referendum, "referendum"), (DecisionMode.Ratification, "ratification")];

    public static string Of(Outcome value) => Write(Outcomes, value);

    public static string Of(DecisionMode value) => Write(Modes, value);

    public static string Of(Admission value) => Write(Admissions, value);

    public static string Of(VoteBase value) => Write(Bases, value);

    public static string Of(MajorityChoice value) => Write(MajorityChoices, value);

    public static string Of(ConsentChoice value) => Write(ConsentChoices, value);

    public static IEnumerable<string> All<T>() where T : struct, Enum => Table<T>().Select(p => p.Text);

    public static bool TryRead<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var (candidate, spelling) in Table<T>())
        {
            if (spelling == text)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The spellings as a list for messages: "yes, no or abstain".</summary>
    public static string Listed<T>() where T : struct, Enum
    {
        var all = All<T>().Select(s => $"'{s}'").ToList();
        return string.Join(", ", all[..^1]) + " or " + all[^1];
    }

    private static (T Value, string Text)[] Table<T>() where T : struct, Enum => typeof(T) switch
    {
        var t when t == typeof(Outcome) => ((T Value, string Text)[])(object)Outcomes,
        var t when t == typeof(Admission) => ((T Value, string Text)[])(object)Admissions,
        var t when t == typeof(DecisionMode) => ((T Value, string Text)[])(object)Modes,
        var t when t == typeof(VoteBase) => ((T Value, string Text)[])(object)Bases,
        var t when t == typeof(MajorityChoice) => ((T Value, string Text)[])(object)MajorityChoices,
        var t when t == typeof(ConsentChoice) => ((T Value, string Text)[])(object)ConsentChoices,
        _ => throw new ArgumentException($"{typeof(T).Name} has no spelling in the record."),
    };

    private static string Write<T>((T Value, string Text)[] table, T value) where T : struct, Enum =>
        table.First(p => EqualityComparer<T>.Default.Equals(p.Value, value)).Text;
}
