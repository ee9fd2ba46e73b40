using Councils.Domain.Charters;
using Councils.Domain.Record;

namespace Councils.Domain.Tests.Federations;

/// <summary>
/// A reference model of federation from below, written from docs/federation.md with plain
/// dictionaries and sets and none of the domain's rule code: what a cell holds of its federation,
/// what the federation holds of its member bodies and items. Each method returns the rule an act
/// breaks (null when it is allowed) in the order the rules are checked, and changes the model only
/// when the act is allowed.
/// </summary>
internal sealed partial class FederationModel
{
    public sealed class Cell(string id, HashSet<PublicKey> members, int seats, long termMs, int consecutiveTerms, int recallSupport)
    {
        public string Id { get; } = id;
        public HashSet<PublicKey> Members { get; } = members;
        public int SeatsRule { get; } = seats;
        public long TermMs { get; } = termMs;
        public int ConsecutiveTerms { get; } = consecutiveTerms;
        public int RecallSupport { get; } = recallSupport;
        public bool Affiliated { get; set; }
        public List<PublicKey?> Seats { get; } = [];
        public List<PublicKey> Substitutes { get; } = [];
        public HashSet<PublicKey> Recalled { get; } = [];
        public Dictionary<PublicKey, HashSet<PublicKey>> Petitions { get; } = [];
        public Dictionary<PublicKey, int> Terms { get; } = [];

        public bool Holds(PublicKey person) => Seats.Contains(person);
    }

    public sealed class Item(long id, PublicKey proposer, string matter, DecisionMode mode, long closesAt)
    {
        public long Id { get; } = id;
        public PublicKey Proposer { get; } = proposer;
        public string Matter { get; } = matter;
        public DecisionMode Mode { get; } = mode;
        public long ClosesAt { get; } = closesAt;
        public int Revision { get; set; }
        public bool Decided { get; set; }
        public SortedDictionary<string, (int Seats, long Members)> Bodies { get; } = new(StringComparer.Ordinal);
        public Dictionary<PublicKey, string> Voters { get; } = [];
        public Dictionary<(string Body, int Index), string> SeatVotes { get; } = [];
        public HashSet<PublicKey> DelegatesVoted { get; } = [];
        public Dictionary<PublicKey, string> Ballots { get; } = [];
        public Dictionary<string, (string[]? Allow, string[]? Fallback, int Revision)> Mandates { get; } = [];
        public Dictionary<string, bool> Answers { get; } = [];

        public bool IsOpenAt(long at) => !Decided && at < ClosesAt;
    }

    public Dictionary<string, Cell> Cells { get; } = [];

    // The federation's view.
    public Dictionary<string, HashSet<string>> MemberBodies { get; } = [];
    public Dictionary<string, List<PublicKey?>> Seats { get; } = [];
    public Dictionary<string, long> Until { get; } = [];
    public Dictionary<PublicKey, (string Body, int Index)> Delegates { get; } = [];
    public Dictionary<PublicKey, string> Recalled { get; } = [];
    public Dictionary<long, Item> Items { get; } = [];
    public required Dictionary<string, DecisionMode> Matters { get; init; }
    public required Fraction Quorum { get; init; }
    public required long OpenMs { get; init; }

    // ---- A cell's own acts ----

    /// <summary>Opening a motion with an effect towards the federation: kind is join, withdraw, elect, mandate, recall or ratify.</summary>
    public static string? OpenEffect(Cell cell, PublicKey proposer, string kind, PublicKey? recallee = null, IReadOnlyList<PublicKey>? candidates = null)
    {
        if (!cell.Members.Contains(proposer))
            return Rules.NotAMember;
        if (kind == "join")
            return cell.Affiliated ? Rules.AlreadyAMember : null;
        if (!cell.Affiliated)
            return Rules.NotAffiliated;
        if (kind == "recall")
        {
            var person = recallee!.Value;
            if (!cell.Holds(person))
                return Rules.NotADelegate;
            var support = new HashSet<PublicKey>(cell.Petitions.GetValueOrDefault(person, [])) { proposer };
            if (support.Count < cell.RecallSupport)
                return Rules.RecallSupport;
        }
        foreach (var candidate in candidates ?? [])
        {
            if (!cell.Members.Contains(candidate))
                return Rules.NotAMember;
            if (cell.Terms.GetValueOrDefault(candidate) >= cell.ConsecutiveTerms)
                return Rules.Rotation;
        }
        return null;
    }

    public static string? Petition(Cell cell, PublicKey author, PublicKey person)
    {
        if (!cell.Members.Contains(author))
            return Rules.NotAMember;
        if (!cell.Affiliated)
            return Rules.NotAffiliated;
        if (!cell.Holds(person))
            return Rules.NotADelegate;
        if (!cell.Petitions.TryGetValue(person, out var supporters))
            cell.Petitions[person] = supporters = [];
        supporters.Add(author);
        return null;
    }

    public static void Join(Cell cell)
    {
        cell.Affiliated = true;
        cell.Seats.Clear();
        cell.Substitutes.Clear();
        cell.Recalled.Clear();
        cell.Petitions.Clear();
        cell.Terms.Clear();
    }

    public static void Withdraw(Cell cell)
    {
        Join(cell);
        cell.Affiliated = false;
    }

    /// <summary>A carried election: <paramref name="order"/> is everyone in order of election, winners first.</summary>
    public static void Elect(Cell cell, IReadOnlyList<PublicKey> order, int winners)
    {
        var terms = order.Take(winners).ToDictionary(w => w, w => cell.Holds(w) ? cell.Terms.GetValueOrDefault(w) + 1 : 1);
        cell.Seats.Clear();
        cell.Seats.AddRange(order.Take(winners).Select(w => (PublicKey?)w));
        while (cell.Seats.Count < cell.SeatsRule)
            cell.Seats.Add(null);
        cell.Substitutes.Clear();
        cell.Substitutes.AddRange(order.Skip(winners));
        cell.Terms.Clear();
        foreach (var (person, count) in terms)
            cell.Terms[person] = count;
        cell.Petitions.Clear();
        cell.Recalled.Clear();
    }

    /// <summary>A carried recall in the cell; returns the substitute who takes the seat, if any.</summary>
    public static PublicKey? Recall(Cell cell, PublicKey person)
    {
        var index = cell.Seats.IndexOf(person);
        PublicKey? substitute = cell.Substitutes
            .Where(s => cell.Members.Contains(s) && !cell.Holds(s) && !cell.Recalled.Contains(s))
            .Select(s => (PublicKey?)s).FirstOrDefault();
        cell.Seats[index] = substitute;
        if (substitute is { } s)
            cell.Substitutes.Remove(s);
        cell.Recalled.Add(person);
        cell.Petitions.Remove(person);
        return substitute;
    }

    // ---- The federation's records of its member bodies' acts ----

    public string? Joined(string body, IEnumerable<string> competences)
    {
        if (MemberBodies.ContainsKey(body))
            return Rules.AlreadyAMember;
        MemberBodies[body] = [.. competences];
        Seats[body] = [];
        Until[body] = 0;
        return null;
    }

    public string? Withdrawn(string body)
    {
        if (!MemberBodies.Remove(body))
            return Rules.NotAffiliated;
        Seats.Remove(body);
        Until.Remove(body);
        foreach (var person in Delegates.Where(d => d.Value.Body == body).Select(d => d.Key).ToList())
            Delegates.Remove(person);
        foreach (var person in Recalled.Where(r => r.Value == body).Select(r => r.Key).ToList())
            Recalled.Remove(person);
        return null;
    }

    public string? Seated(string body, IReadOnlyList<PublicKey?> seats, long until)
    {
        if (!MemberBodies.ContainsKey(body))
            return Rules.NotAffiliated;
        // One who sits for another body leaves the seat with the body that elected them.
        var others = Delegates.Where(d => d.Value.Body != body).Select(d => d.Key).ToHashSet();
        seats = [.. seats.Select(p => p is { } person && !others.Add(person) ? null : p)];
        foreach (var person in Delegates.Where(d => d.Value.Body == body).Select(d => d.Key).ToList())
            Delegates.Remove(person);
        for (var i = 0; i < seats.Count; i++)
        {
            if (seats[i] is { } person)
            {
                Delegates[person] = (body, i);
                Recalled.Remove(person);
            }
        }
        Seats[body] = [.. seats];
        Until[body] = until;
        return null;
    }

    public string? RecalledBy(string body, PublicKey person, PublicKey? substitute)
    {
        if (!MemberBodies.ContainsKey(body))
            return Rules.NotAffiliated;
        if (!Delegates.TryGetValue(person, out var seat) || seat.Body != body)
            return Rules.NotADelegate;
        Delegates.Remove(person);
        var holder = substitute is { } s && !Delegates.ContainsKey(s) ? substitute : null;
        if (holder is { } h)
        {
            Delegates[h] = seat;
            Recalled.Remove(h);
        }
        Seats[body][seat.Index] = holder;
        Recalled[person] = body;
        return null;
    }

    /// <summary>A record on an item on behalf of a body: the item must exist, be of the mode, be open, and have had the body as a member when it opened.</summary>
    public string? OnItem(long id, DecisionMode mode, string body, long at)
    {
        if (!Items.TryGetValue(id, out var item))
            return Rules.UnknownMotion;
        if (item.Mode != mode)
            return Rules.PayloadInvalid;
        if (!item.IsOpenAt(at))
            return Rules.MotionClosed;
        return item.Bodies.ContainsKey(body) ? null : Rules.NotAffiliated;
    }

    public string? MandateRecorded(long id, string body, (string[]? Allow, string[]? Fallback, int Revision) mandate, long at)
    {
        var rule = OnItem(id, DecisionMode.Delegates, body, at);
        if (rule is null)
            Items[id].Mandates[body] = mandate;
        return rule;
    }

    public string? RatificationReported(long id, string body, bool ratified, long at)
    {
        var rule = OnItem(id, DecisionMode.Ratification, body, at);
        if (rule is null && !Items[id].Answers.TryAdd(body, ratified))
            return Rules.AlreadyDecided;
        return rule;
    }
}
