using System.Text.Json.Nodes;
using Councils.Node.Views;

namespace Councils.Cli.Verbs;

/// <summary>The federation part of a body and of a motion, as lines of text for <c>federation show</c>, <c>body show</c> and <c>motion show</c>.</summary>
internal static class FederationText
{
    /// <summary>For a federation: its matters, member bodies with their seats, applicants; for a cell: its federations. Empty when neither applies.</summary>
    public static List<string> Lines(BodyView b)
    {
        var lines = new List<string>();
        if (b.Charter["matters"]?["modes"] is JsonObject { Count: > 0 } modes)
            lines.Add($"Matters: {string.Join(", ", modes.Select(m => $"{m.Key} ({m.Value})"))}");
        if (b.MemberBodies.Count > 0)
            lines.Add($"Member bodies ({b.MemberBodies.Count}):");
        foreach (var m in b.MemberBodies)
        {
            lines.Add($"  {m.Body}: {Count(m.Members, "member")}, delegates {Listed(m.Competences)}");
            lines.AddRange(m.Seats.Select(Seat));
        }
        if (b.Applicants.Count > 0)
            lines.Add($"Applicants waiting for a decision: {string.Join(", ", b.Applicants)}");
        if (b.Federations.Count > 0)
            lines.Add($"Federations ({b.Federations.Count}):");
        foreach (var f in b.Federations)
        {
            lines.Add($"  {f.Federation}: joined at event {f.JoinedSeq}, delegating {Listed(f.Competences)}");
            lines.AddRange(f.Seats.Select(Seat));
            lines.Add($"    substitutes: {Listed(f.Substitutes.Select(s => s.Name))}");
            lines.AddRange(f.Mandates.Select(m => $"    mandate on item {m.Motion}: {Mandate(m)}"));
            if (f.Recalled.Count > 0)
                lines.Add($"    recalled: {Listed(f.Recalled.Select(r => r.Name))}");
        }
        return lines;
    }

    /// <summary>An agenda item: matter, mode, revision, and each member body's roll, seats, mandate and answer.</summary>
    public static List<string> Lines(AgendaItemView item)
    {
        var lines = new List<string> { $"Agenda item on {item.Matter}, decided by {item.Mode}, revision {item.Revision}" };
        foreach (var b in item.Bodies)
        {
            var parts = new List<string> { Count(b.Members, "member"), Count(b.Seats, "seat") };
            if (b.Mandate is { } m)
                parts.Add($"mandate {Mandate(m)}");
            if (b.Answer is { } a)
                parts.Add($"answered {a} (event {b.AnswerSeq} of its log)");
            lines.Add($"  {b.Body}: {string.Join("; ", parts)}");
        }
        return lines;
    }

    private static string Mandate(MandateView m) =>
        $"{m.Describes} (revision {m.Revision}; {(m.Fallback is { } f ? "then " + string.Join(" or ", f) : "free")} if amended after it)";

    private static string Seat(SeatView s) =>
        s.Holder is { } h
            ? $"    seat {s.Index + 1}: {h.Name} ({h.Key}) until {MotionVerbs.Time(s.Until)}"
            : $"    seat {s.Index + 1}: vacant (it stays with the body until it elects again)";

    private static string Count(long n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private static string Listed(IEnumerable<string> names) => names.Any() ? string.Join(", ", names) : "none";
}
