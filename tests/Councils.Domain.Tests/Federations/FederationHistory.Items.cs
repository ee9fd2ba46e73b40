using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Federations;

/// <summary>The federation's acts of a random history: items opened, amended, voted on and decided; and acts where they do not belong.</summary>
internal sealed partial class FederationHistory
{
    /// <summary>Mostly a seated delegate (of a body that had seats on the item, if one is given); else a recalled one, anyone, or a node.</summary>
    private PublicKey Actor(FederationModel.Item? item = null)
    {
        var roll = _random.NextDouble();
        var onItem = item is null ? [] : Sorted(_model.Delegates.Where(d => item.Bodies.ContainsKey(d.Value.Body)).Select(d => d.Key));
        if (roll < 0.4 && onItem.Count > 0)
            return Pick(onItem);
        if (roll < 0.6 && _model.Delegates.Count > 0)
            return Pick(Sorted(_model.Delegates.Keys));
        if (roll < 0.75 && _model.Recalled.Count > 0)
            return Pick(Sorted(_model.Recalled.Keys));
        return roll < 0.95 ? People.Key((byte)_random.Next(1, 12)) : Pick([Petrograd.Node, FederationWorld.CellNode]);
    }

    private FederationModel.Item? Item(DecisionMode mode)
    {
        if (_model.Items.Count == 0)
            return null;
        var same = _model.Items.Values.Where(i => i.Mode == mode).OrderBy(i => i.Id).ToList();
        var open = same.Where(i => i.IsOpenAt(_world.Now)).ToList();
        return open.Count > 0 && _random.NextDouble() < 0.8 ? Pick(open)
            : same.Count > 0 && _random.NextDouble() < 0.85 ? Pick(same)
            : _model.Items[Pick(_model.Items.Keys.Order().ToList())];
    }

    private void OpenItem()
    {
        var author = Actor();
        var roll = _random.Next(100);
        var matter = roll < 85 ? Pick(AllMatters) : roll < 95 ? "fishing" : null;
        var at = _world.Now;
        var id = default(MotionId);
        if (!Agree($"open-item on {matter ?? "no matter"} by {Name(author)}", _model.OpenItem(author, matter, at),
                () => id = _world.Open(Fed, author, matter: matter)))
            return;
        var federation = _world[Fed];
        var referendum = federation.Motions[id].Item!.Mode == DecisionMode.Referendum;
        var rolls = new Dictionary<string, IReadOnlyList<PublicKey>>();
        foreach (var body in federation.MemberBodies.Keys)
        {
            _world.Append(Fed, Petrograd.Node, _world.Roll(body, id, referendum));
            rolls[body.ToString()] = Sorted(_model.Cells[body.ToString()].Members);
        }
        var item = _model.Opened(id.Seq, author, matter!, at, rolls);
        _trace.Add($"{_step}:   item {id.Seq} by {item.Mode}, seats {string.Join(",", item.Bodies.Select(b => $"{b.Key}:{b.Value.Seats}/{b.Value.Members}"))}");
    }

    private void Amend()
    {
        if (Item(DecisionMode.Delegates) is not { } item)
            return;
        var author = _random.NextDouble() < 0.7 ? item.Proposer : Actor();
        Agree($"amend item {item.Id} by {Name(author)}", _model.Amend(item.Id, author, _world.Now),
            () => _world.Append(Fed, author, new MotionAmended(new MotionId(item.Id), $"Revision at step {_step}")));
    }

    private void DelegateBallot()
    {
        if (Item(DecisionMode.Delegates) is not { } item)
            return;
        var author = Actor(item);
        var choice = Pick(ChoiceNames);
        var ballot = new JsonObject { ["choice"] = choice };
        var expected = _model.Ballot(item.Id, author, choice, _world.Now);
        Agree($"ballot {choice} on item {item.Id} ({item.Mode}) by {Name(author)}", expected,
            () => _world.Append(Fed, author, new BallotCast(new MotionId(item.Id), ballot)));
        // The node records the refusals the rules name; now and then it tries one they do not.
        var rule = expected is Rules.Mandate or Rules.Recalled or Rules.TermEnded ? expected
            : _random.NextDouble() < 0.25 ? Pick([Rules.Mandate, Rules.Recalled, Rules.TermEnded, Rules.BallotDuplicate])
            : null;
        if (rule is not null)
        {
            Agree($"refusal of {choice} by {Name(author)} on item {item.Id} under {rule}", _model.Refusal(item.Id, author, choice, rule, _world.Now),
                () => _world.Append(Fed, Petrograd.Node, new BallotRefused(new MotionId(item.Id), author, ballot, rule, "Refused by the rules.")));
        }
    }

    private void ReferendumBallot()
    {
        if (Item(DecisionMode.Referendum) is not { } item)
            return;
        var author = item.Voters.Count > 0 && _random.NextDouble() < 0.8 ? Pick(Sorted(item.Voters.Keys)) : Actor();
        var choice = Pick(ChoiceNames);
        Agree($"referendum {choice} on item {item.Id} ({item.Mode}) by {Name(author)}", _model.Ballot(item.Id, author, choice, _world.Now),
            () => _world.Append(Fed, author, new BallotCast(new MotionId(item.Id), new JsonObject { ["choice"] = choice })));
    }

    private void DecideItem()
    {
        if (_model.Items.Count == 0)
            return;
        var item = _model.Items[Pick(_model.Items.Keys.Order().ToList())];
        if (!item.Decided && _world.Now < item.ClosesAt && _random.NextDouble() < 0.4)
            _world.Pass(item.ClosesAt - _world.Now);
        var id = new MotionId(item.Id);
        var at = _world.Now;
        if (!Agree($"decide item {item.Id} ({item.Mode})", _model.Decide(item.Id, at), () =>
            {
                var state = _world[Fed];
                _world.Append(Fed, Petrograd.Node, state.Decide(id, Math.Max(at, state.Motions[id].ClosesAt), Petrograd.Node));
            }))
            return;
        var count = _world[Fed].Motions[id].Decision!.Count;
        var (turnout, eligible, needed, outcome, totals) = _model.Count(item.Id);
        Same($"{turnout}/{eligible}/{needed}/{outcome}", $"{count.Turnout}/{count.Eligible}/{count.QuorumNeeded}/{count.Outcome}", $"item {item.Id}: turnout/eligible/quorum/outcome");
        var report = count.Report!;
        foreach (var (key, value) in totals)
            Same(value, report["totals"]![key]!.ToJsonString().Trim('"'), $"item {item.Id}: total {key}");
        Tally($"decision-{item.Mode}", $"{outcome}".ToLowerInvariant());
        var bodies = report["bodies"]!.AsArray();
        Same(string.Join(",", item.Bodies.Keys), string.Join(",", bodies.Select(b => (string)b!["body"]!)), $"item {item.Id}: the bodies of the count");
        if (item.Mode == DecisionMode.Referendum)
        {
            foreach (var choice in ChoiceNames)
            {
                Same((long)report["totals"]![choice]!, bodies.Sum(b => (long)b![choice]!), $"item {item.Id}: the bodies' {choice} add up to the total");
                foreach (var body in bodies)
                    Same((long)item.Ballots.Count(v => v.Value == choice && item.Voters[v.Key] == (string)body!["body"]!), (long)body![choice]!, $"item {item.Id}: {body["body"]}'s {choice}");
            }
        }
        if (item.Mode == DecisionMode.Delegates)
        {
            foreach (var body in bodies)
            {
                var (seats, members) = item.Bodies[(string)body!["body"]!];
                var gcd = (long)System.Numerics.BigInteger.GreatestCommonDivisor(members, seats);
                var weight = seats == 0 ? "0" : gcd == 0 ? "0" : seats / gcd == 1 ? $"{members / gcd}" : $"{members / gcd}/{seats / gcd}";
                Same(weight, (string)body["weightPerSeat"]!, $"item {item.Id}: {body["body"]}'s weight per seat");
            }
        }
    }

    /// <summary>Acts where they do not belong: the federation in a cell's log, a cell's or a person's record in the federation's log.</summary>
    private void Stray()
    {
        var cell = RandomCell();
        var someone = Proposer(cell);
        var next = FederationWorld.Cite(BodyId.Parse(cell.Id), _world[cell.Id].Seq + 1);
        var (act, body, author, bodyEvent, expected) = _random.Next(6) switch
        {
            0 => ("stray-record-in-cell", cell.Id, Petrograd.Node, (BodyEvent)new BodyJoined(next, ["transport"], 3), Rules.BodyKindMismatch),
            1 => ("stray-federation-opens-in-cell", cell.Id, Petrograd.Node, new MotionOpened("From above", ""), Rules.NotAMember),
            2 => ("stray-matter-in-cell", cell.Id, someone, new MotionOpened("Tram lines", "", matter: "transport"),
                cell.Members.Contains(someone) ? Rules.BodyKindMismatch : Rules.NotAMember),
            3 => ("stray-person-records", Fed, someone, new BodyWithdrawn(next with { Seq = 1_000_000 }), Rules.Citation),
            4 => ("stray-cell-node-records", Fed, FederationWorld.CellNode, new DelegateRecalled(next, someone, null), Rules.Citation),
            _ => ("stray-refusal-in-cell", cell.Id, Petrograd.Node, new BallotRefused(new MotionId(1), someone, new JsonObject { ["choice"] = "no" }, Rules.Mandate, "From above."), Rules.Author),
        };
        Agree($"{act} by {Name(author)} in {body}", expected, () => _world.Append(body, author, bodyEvent));
    }
}
